#include "LoginScript.h"

#include <QTest>

/// Login scripts: what a valid one reads as, each way one can be wrong (and
/// the message that says where), and ${NAME} values from the environment.
class TestLoginScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesStepsAndActions()
    {
        QString error;
        const auto script = LoginScript::parse(
            "{\"steps\": [{\"name\": \"login\", \"url\": \"*/login*\", \"waitFor\": \"#password\","
            " \"actions\": [{\"fill\": \"#user\", \"value\": \"${QA_USER}\"}, {\"click\": \"#remember\"},"
            " {\"submit\": \"form\"}]}, {\"url\": \"*/consent\", \"actions\": [{\"click\": \"button\"}]}]}",
            &error);
        QVERIFY2(script, qPrintable(error));
        QCOMPARE(script->steps().size(), 2);
        const LoginScript::Step login = script->steps().constFirst();
        QCOMPARE(login.name, QStringLiteral("login"));
        QCOMPARE(login.waitFor, QStringLiteral("#password"));
        QCOMPARE(login.actions.size(), 3);
        QCOMPARE(login.actions.at(0).kind, LoginScript::Action::Kind::Fill);
        QCOMPARE(login.actions.at(0).value, QStringLiteral("${QA_USER}"));
        QCOMPARE(login.actions.at(1).kind, LoginScript::Action::Kind::Click);
        QCOMPARE(login.actions.at(2).kind, LoginScript::Action::Kind::Submit);
        QCOMPARE(login.actions.at(2).selector, QStringLiteral("form"));
        QVERIFY(script->steps().at(1).waitFor.isEmpty());
    }

    void malformedScriptsSayWhere_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("message");
        QTest::newRow("not JSON") << QByteArray("{\"steps\": [") << QStringLiteral("not valid JSON");
        QTest::newRow("no steps") << QByteArray("{}") << QStringLiteral("\"steps\"");
        QTest::newRow("empty steps") << QByteArray("{\"steps\": []}") << QStringLiteral("\"steps\"");
        QTest::newRow("unknown top key") << QByteArray("{\"steps\": [{\"url\": \"*\", \"actions\": "
                                                       "[{\"click\": \"a\"}]}], \"stpes\": 1}")
                                         << QStringLiteral("\"stpes\"");
        QTest::newRow("step not an object") << QByteArray("{\"steps\": [3]}") << QStringLiteral("Step 1");
        QTest::newRow("no url") << QByteArray("{\"steps\": [{\"actions\": [{\"click\": \"a\"}]}]}")
                                << QStringLiteral("\"url\"");
        QTest::newRow("no actions") << QByteArray("{\"steps\": [{\"name\": \"login\", \"url\": \"*\"}]}")
                                    << QStringLiteral("Step 1 (\"login\")");
        QTest::newRow("two verbs") << QByteArray(
            "{\"steps\": [{\"url\": \"*\", \"actions\": [{\"click\": \"a\", \"submit\": \"form\"}]}]}")
                                   << QStringLiteral("action 1");
        QTest::newRow("fill without value")
            << QByteArray("{\"steps\": [{\"url\": \"*\", \"actions\": [{\"fill\": \"#user\"}]}]}")
            << QStringLiteral("\"value\"");
        QTest::newRow("click with value") << QByteArray(
            "{\"steps\": [{\"url\": \"*\", \"actions\": [{\"click\": \"a\", \"value\": \"x\"}]}]}")
                                          << QStringLiteral("only \"fill\"");
        QTest::newRow("empty selector")
            << QByteArray("{\"steps\": [{\"url\": \"*\", \"actions\": [{\"click\": \" \"}]}]}")
            << QStringLiteral("selector");
        QTest::newRow("misspelt key in a step") << QByteArray(
            "{\"steps\": [{\"url\": \"*\", \"wait\": \"#x\", \"actions\": [{\"click\": \"a\"}]}]}")
                                                << QStringLiteral("\"wait\"");
        QTest::newRow("second step wrong")
            << QByteArray("{\"steps\": [{\"url\": \"*\", \"actions\": [{\"click\": \"a\"}]},"
                          " {\"url\": \"*\", \"actions\": [{\"tap\": \"a\"}]}]}")
            << QStringLiteral("Step 2, action 1");
    }

    void malformedScriptsSayWhere()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, message);
        QString error;
        QVERIFY(!LoginScript::parse(json, &error));
        QVERIFY2(error.contains(message), qPrintable(error));
    }

    void aMissingFileSaysSo()
    {
        QString error;
        QVERIFY(!LoginScript::load(QStringLiteral("/nonexistent/login.json"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent/login.json")), qPrintable(error));
    }

    void valuesComeFromTheEnvironment()
    {
        QString error;
        const auto script
            = LoginScript::parse("{\"steps\": [{\"url\": \"*\", \"actions\": ["
                                 "{\"fill\": \"#user\", \"value\": \"${QA_USER}@example.test\"},"
                                 "{\"fill\": \"#password\", \"value\": \"${QA_PASSWORD}\"},"
                                 "{\"fill\": \"#note\", \"value\": \"$HOME and ${ not a name}\"}]}]}",
                &error);
        QVERIFY2(script, qPrintable(error));
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("QA_USER"), QStringLiteral("alice"));
        environment.insert(QStringLiteral("QA_PASSWORD"), QStringLiteral("s3cret-value"));
        const auto resolved = script->resolved(environment, &error);
        QVERIFY2(resolved, qPrintable(error));
        const QList<LoginScript::Action> actions = resolved->steps().constFirst().actions;
        QCOMPARE(actions.at(0).value, QStringLiteral("alice@example.test"));
        QCOMPARE(actions.at(1).value, QStringLiteral("s3cret-value"));
        // Only ${NAME} is replaced.
        QCOMPARE(actions.at(2).value, QStringLiteral("$HOME and ${ not a name}"));
        QCOMPARE(
            resolved->secrets(), (QStringList { QStringLiteral("alice"), QStringLiteral("s3cret-value") }));
        // The script itself keeps its placeholders.
        QCOMPARE(script->steps().constFirst().actions.at(1).value, QStringLiteral("${QA_PASSWORD}"));
    }

    void aMissingVariableIsNamed()
    {
        QString error;
        const auto script = LoginScript::parse("{\"steps\": [{\"url\": \"*\", \"actions\": [{\"fill\": "
                                               "\"#p\", \"value\": \"${QA_PASSWORD}\"}]}]}",
            &error);
        QVERIFY2(script, qPrintable(error));
        QVERIFY(!script->resolved(QProcessEnvironment(), &error));
        QVERIFY2(error.contains(QStringLiteral("${QA_PASSWORD}")), qPrintable(error));
    }

    void urlPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("matches");
        QTest::newRow("any") << QStringLiteral("*") << QStringLiteral("https://a.test/x?y=1") << true;
        QTest::newRow("path") << QStringLiteral("*/interaction/*")
                              << QStringLiteral("http://127.0.0.1:4000/interaction/abc") << true;
        QTest::newRow("whole URL") << QStringLiteral("/interaction/")
                                   << QStringLiteral("http://127.0.0.1:4000/interaction/abc") << false;
        QTest::newRow("literal dots") << QStringLiteral("https://login.example.com/*")
                                      << QStringLiteral("https://loginXexampleXcom/") << false;
        QTest::newRow("with query") << QStringLiteral("https://id.test/login?*")
                                    << QStringLiteral("https://id.test/login?next=%2Fconsent") << true;
        QTest::newRow("other host") << QStringLiteral("https://id.test/*")
                                    << QStringLiteral("https://evil.test/") << false;
    }

    void urlPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, url);
        QFETCH(bool, matches);
        QCOMPARE(LoginScript::urlMatches(pattern, QUrl(url)), matches);
    }
};

QTEST_GUILESS_MAIN(TestLoginScript)
#include "tst_loginscript.moc"
