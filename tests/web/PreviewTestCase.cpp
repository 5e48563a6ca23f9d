#include "PreviewTestCase.h"

void PreviewTestCase::init()
{
    m_harness = std::make_unique<PreviewHarness>();
    QVERIFY2(m_harness->setUp(), qPrintable(m_harness->error()));
    QVERIFY2(m_harness->openPage(), qPrintable(m_harness->error()));
}

void PreviewTestCase::cleanup()
{
    m_harness.reset();
}
