// The GPU counter instance parsing and grouping, natively on every platform. The same cases
// (gpucountercases.h) run under Wine in tst_winlayer.

#include "gpucountercases.h"

#include <QtTest>

using namespace ogs::win;

class TestGpuCounterInstances final : public QObject {
    Q_OBJECT

private slots:
    void engineName_data()
    {
        QTest::addColumn<int>("row");
        const auto rows = cases::engineNameCases();
        for (int i = 0; i < int(rows.size()); ++i)
            QTest::newRow(rows[size_t(i)].tag) << i;
    }
    void engineName()
    {
        QFETCH(int, row);
        const cases::EngineNameCase c = cases::engineNameCases()[size_t(row)];
        const auto e = parseGpuEngineInstance(c.name);
        QCOMPARE(e.has_value(), c.parses);
        if (!e)
            return;
        QCOMPARE(e->pid, c.pid);
        QCOMPARE(e->luid, c.luid);
        QCOMPARE(e->phys, c.phys);
        QCOMPARE(e->engine, c.engine);
        QCOMPARE(e->engineType, c.type);
    }

    void adapterName_data()
    {
        QTest::addColumn<int>("row");
        const auto rows = cases::adapterNameCases();
        for (int i = 0; i < int(rows.size()); ++i)
            QTest::newRow(rows[size_t(i)].tag) << i;
    }
    void adapterName()
    {
        QFETCH(int, row);
        const cases::AdapterNameCase c = cases::adapterNameCases()[size_t(row)];
        const auto a = parseGpuAdapterInstance(c.name);
        QCOMPARE(a.has_value(), c.parses);
        if (!a)
            return;
        QCOMPARE(a->luid, c.luid);
        QCOMPARE(a->phys, c.phys);
    }

    void grouping()
    {
        std::vector<std::string> problems;
        const std::vector<GpuAdapterCounters> got = groupGpuCounters(cases::groupingReadings(), &problems);
        const std::vector<GpuAdapterCounters> want = cases::groupingExpected();
        QCOMPARE(got.size(), want.size());
        for (size_t i = 0; i < got.size(); ++i) {
            QCOMPARE(got[i].luid, want[i].luid);
            QCOMPARE(got[i].utilPercent, want[i].utilPercent);
            QCOMPARE(got[i].busiestEngine, want[i].busiestEngine);
            QCOMPARE(got[i].dedicatedBytes, want[i].dedicatedBytes);
            QCOMPARE(got[i].sharedBytes, want[i].sharedBytes);
        }
        const std::vector<std::string> wantProblems = cases::groupingProblems();
        QCOMPARE(problems.size(), wantProblems.size());
        for (size_t i = 0; i < problems.size(); ++i)
            QVERIFY2(problems[i].find(wantProblems[i]) != std::string::npos, problems[i].c_str());
    }

    void enginesUnreadLeaveUtilisationUnknown()
    {
        GpuCounterReadings r = cases::groupingReadings();
        r.enginesRead = false;
        r.engines.clear();
        const std::vector<GpuAdapterCounters> got = groupGpuCounters(r, nullptr);
        QCOMPARE(got.size(), size_t(3)); // A, D, B: from the memory counters only
        for (const GpuAdapterCounters &a : got) {
            QVERIFY(!a.utilPercent.has_value());
            QVERIFY(a.busiestEngine.empty());
        }
    }

    void nothingAtAll() { QVERIFY(groupGpuCounters(GpuCounterReadings(), nullptr).empty()); }
};

QTEST_GUILESS_MAIN(TestGpuCounterInstances)
#include "tst_gpucounterinstances.moc"
