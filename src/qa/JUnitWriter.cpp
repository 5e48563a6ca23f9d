#include "JUnitWriter.h"

#include "TestRunJson.h"

#include <QLoggingCategory>
#include <QMap>
#include <QXmlStreamWriter>

Q_LOGGING_CATEGORY(lcJUnit, "linkdeck.qa.junit")

namespace {

QString seconds(qint64 ms)
{
    return QString::number(double(qMax<qint64>(0, ms)) / 1000.0, 'f', 3);
}

/// XML 1.0 has no place for most control characters; a provider's error
/// page may hold some.
QString xmlSafe(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u >= 0x20 || u == 0x9 || u == 0xA || u == 0xD)
            out += (u == 0xFFFE || u == 0xFFFF) ? QChar(QChar::ReplacementCharacter) : c;
    }
    return out;
}

struct Counts
{
    int tests = 0;
    int failures = 0;
    int skipped = 0;
    qint64 ms = 0;
};

Counts countsOf(const QList<TestRunRecord> &runs)
{
    Counts counts;
    for (const TestRunRecord &run : runs) {
        counts.ms += run.durationMs;
        for (const TestStep &step : TestRunJson::toSteps(run.steps)) {
            ++counts.tests;
            if (step.status == TestStep::Status::Failed)
                ++counts.failures;
            else if (step.status != TestStep::Status::Passed)
                ++counts.skipped;
        }
    }
    return counts;
}

void writeCounts(QXmlStreamWriter &xml, const Counts &counts)
{
    xml.writeAttribute(QStringLiteral("tests"), QString::number(counts.tests));
    xml.writeAttribute(QStringLiteral("failures"), QString::number(counts.failures));
    xml.writeAttribute(QStringLiteral("errors"), QStringLiteral("0"));
    xml.writeAttribute(QStringLiteral("skipped"), QString::number(counts.skipped));
    xml.writeAttribute(QStringLiteral("time"), seconds(counts.ms));
}

} // namespace

QByteArray JUnitWriter::write(const QList<TestRunRecord> &runs, const QHash<QString, QString> &sourceNames)
{
    // Suites in source order, each source's runs oldest first.
    QMap<QString, QList<TestRunRecord>> bySource;
    for (const TestRunRecord &run : runs)
        bySource[run.sourceKey] << run;
    for (auto &list : bySource) {
        std::stable_sort(list.begin(), list.end(),
            [](const TestRunRecord &a, const TestRunRecord &b) { return a.startedAt < b.startedAt; });
    }

    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.setAutoFormatting(true);
    xml.writeStartDocument();
    xml.writeStartElement(QStringLiteral("testsuites"));
    xml.writeAttribute(QStringLiteral("name"), QStringLiteral("Linkdeck"));
    writeCounts(xml, countsOf(runs));

    int suiteId = 0;
    for (auto it = bySource.cbegin(); it != bySource.cend(); ++it) {
        const QString key = it.key();
        const QList<TestRunRecord> &sourceRuns = it.value();
        xml.writeStartElement(QStringLiteral("testsuite"));
        xml.writeAttribute(QStringLiteral("name"), xmlSafe(sourceNames.value(key, key)));
        xml.writeAttribute(QStringLiteral("id"), QString::number(suiteId++));
        xml.writeAttribute(QStringLiteral("package"), QStringLiteral("linkdeck"));
        writeCounts(xml, countsOf(sourceRuns));
        if (sourceRuns.constFirst().startedAt.isValid()) {
            // The JUnit schema's timestamp has no zone; it is UTC.
            xml.writeAttribute(QStringLiteral("timestamp"),
                sourceRuns.constFirst().startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss")));
        }
        xml.writeStartElement(QStringLiteral("properties"));
        const auto property = [&xml](const QString &name, const QString &value) {
            xml.writeStartElement(QStringLiteral("property"));
            xml.writeAttribute(QStringLiteral("name"), name);
            xml.writeAttribute(QStringLiteral("value"), xmlSafe(value));
            xml.writeEndElement();
        };
        property(QStringLiteral("source"), key);
        for (int r = 0; r < sourceRuns.size(); ++r) {
            const QString suffix = sourceRuns.size() > 1 ? QStringLiteral(".%1").arg(r + 1) : QString();
            property(QStringLiteral("result") + suffix, TestRunRecord::toString(sourceRuns.at(r).result));
            if (sourceRuns.at(r).applicationId != 0)
                property(
                    QStringLiteral("application") + suffix, QString::number(sourceRuns.at(r).applicationId));
        }
        xml.writeEndElement(); // properties

        for (int r = 0; r < sourceRuns.size(); ++r) {
            for (const TestStep &step : TestRunJson::toSteps(sourceRuns.at(r).steps)) {
                QString name = TestStep::name(step.kind);
                if (sourceRuns.size() > 1)
                    name += QStringLiteral(" #%1").arg(r + 1);
                xml.writeStartElement(QStringLiteral("testcase"));
                xml.writeAttribute(QStringLiteral("name"), name);
                xml.writeAttribute(QStringLiteral("classname"), QStringLiteral("linkdeck.") + key);
                xml.writeAttribute(QStringLiteral("time"), seconds(step.durationMs));
                switch (step.status) {
                case TestStep::Status::Passed:
                    break;
                case TestStep::Status::Failed: {
                    xml.writeStartElement(QStringLiteral("failure"));
                    const QString message = step.diagnosis.isEmpty() ? step.detail : step.diagnosis;
                    xml.writeAttribute(QStringLiteral("message"), xmlSafe(message));
                    xml.writeAttribute(QStringLiteral("type"), TestStep::name(step.kind));
                    QString body = step.detail;
                    if (!step.diagnosis.isEmpty())
                        body += QStringLiteral("\n\n") + step.diagnosis;
                    xml.writeCharacters(xmlSafe(body));
                    xml.writeEndElement();
                    break;
                }
                case TestStep::Status::Skipped:
                case TestStep::Status::Pending:
                case TestStep::Status::Running: {
                    xml.writeStartElement(QStringLiteral("skipped"));
                    const QString message = step.detail.isEmpty() ? tr("Not run.") : step.detail;
                    xml.writeAttribute(QStringLiteral("message"), xmlSafe(message));
                    xml.writeEndElement();
                    break;
                }
                }
                if (!step.detail.isEmpty() && step.status == TestStep::Status::Passed)
                    xml.writeTextElement(QStringLiteral("system-out"), xmlSafe(step.detail));
                xml.writeEndElement(); // testcase
            }
        }
        xml.writeEndElement(); // testsuite
    }
    xml.writeEndElement(); // testsuites
    xml.writeEndDocument();
    qCDebug(lcJUnit) << "JUnit report of" << runs.size() << "runs";
    return out;
}
