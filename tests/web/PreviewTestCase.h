#pragma once

#include "PreviewHarness.h"

#include <QObject>
#include <QTest>
#include <memory>

/// The fixture the Preview page's GUI tests share: a fresh harness and a
/// ready page for every test function (QtTest runs these inherited slots
/// too), and short names for what the tests ask of it.
class PreviewTestCase : public QObject
{
    Q_OBJECT

protected:
    std::unique_ptr<PreviewHarness> m_harness;

    PreviewPage *page() const { return m_harness->page(); }
    template<typename T> T *child(const QString &name) const { return m_harness->child<T>(name); }
    PreviewTimelineModel *timeline() const { return m_harness->timeline(); }
    std::optional<WidgetSession> session() const { return m_harness->session(); }
    /// Chooses @p data in the combo box @p name; fails the test where it cannot.
    void choose(const QString &name, const QVariant &data) { QVERIFY(m_harness->choose(name, data)); }

private Q_SLOTS:
    void init();
    void cleanup();
};
