// How long the learner waits after dropping a segment: re-simulate the whole scenario and
// lay the sequence diagram out again (DESIGN.md: "this must take well under one frame").
// For every built-in scenario, the median over many runs of
//     scenario + Drop fault → Simulator::run → layoutSequence (at the zoom the learner chose)
// and of the same with the layout fitted to a 1000 × 700 view (what the window does while
// it is fitted, its default) is printed; the target is under 16 ms (one frame at 60 Hz).
//
// Usage: tcplab-bench-resimulate [runs]   (default 101 runs per scenario)

#include "scenario/scenario_library.h"
#include "sequence/sequence_layout.h"
#include "sim/simulator.h"

#include <QApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace tcplab;

namespace {

// The segment a learner would most likely click: the first one whose loss matters (the
// first data segment, else the first segment at all).
int segmentToDrop(const Trace &trace)
{
    for (const SegmentRecord &record : trace.segments) {
        if (!record.segment.payload.isEmpty() && record.duplicateOf < 0)
            return record.id;
    }
    return trace.segments.isEmpty() ? -1 : 0;
}

double median(std::vector<double> values)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const size_t mid = values.size() / 2;
    return values.size() % 2 ? values[mid] : (values[mid - 1] + values[mid]) / 2;
}

} // namespace

int main(int argc, char *argv[])
{
    // Layout measures text, which needs a GUI application; no window is shown.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    const int runs = argc > 1 ? std::max(1, QByteArray(argv[1]).toInt()) : 101;
    constexpr double budgetMs = 16.0;

    std::printf("%-28s %9s %9s %12s %12s %12s %12s %12s\n", "scenario", "segments", "events",
                "simulate ms", "layout ms", "total ms", "fit ms", "total fit ms");
    bool allWithinBudget = true;
    QString worstId;
    double worstMs = -1;
    for (const QString &id : ScenarioLibrary::ids()) {
        const ScenarioFile::LoadResult loaded = ScenarioLibrary::load(id);
        if (!loaded.ok) {
            std::printf("%-28s cannot load: %s\n", qPrintable(id),
                        qPrintable(loaded.errors.join(QStringLiteral("; "))));
            allWithinBudget = false;
            continue;
        }
        const Trace before = Simulator::run(loaded.scenario);
        const int target = segmentToDrop(before);
        Scenario edited = loaded.scenario;
        if (target >= 0) {
            // As the window's "Drop This Segment" does: by the segment's identity.
            edited.faults.append(FaultRule::forSegment(FaultKind::Drop, before.segments.at(target).identity));
        }

        SequenceLayoutOptions options;
        options.font = QApplication::font();
        options.width = 1000;
        std::vector<double> simulateMs, layoutMs, totalMs, fitMs, totalFitMs;
        int segments = 0, events = 0;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            const Trace trace = Simulator::run(edited);
            const qint64 simulated = clock.nsecsElapsed();
            const SequenceLayout layout = layoutSequence(trace, options);
            const qint64 total = clock.nsecsElapsed();
            simulateMs.push_back(simulated / 1e6);
            layoutMs.push_back((total - simulated) / 1e6);
            totalMs.push_back(total / 1e6);
            QElapsedTimer fitClock;
            fitClock.start();
            const SequenceLayout fitted = layoutSequenceToFit(trace, options, 700);
            fitMs.push_back(fitClock.nsecsElapsed() / 1e6);
            totalFitMs.push_back(simulated / 1e6 + fitMs.back());
            Q_UNUSED(fitted);
            segments = int(trace.segments.size());
            events = int(trace.events.size());
            if (layout.arrows.size() != trace.segments.size() && i == 0)
                std::printf("  (note: %lld arrows for %d segments)\n",
                            static_cast<long long>(layout.arrows.size()), segments);
        }
        const double total = median(totalMs);
        const double totalFit = median(totalFitMs);
        const bool within = total < budgetMs && totalFit < budgetMs;
        allWithinBudget = allWithinBudget && within;
        if (std::max(total, totalFit) > worstMs) {
            worstMs = std::max(total, totalFit);
            worstId = id;
        }
        std::printf("%-28s %9d %9d %12.3f %12.3f %12.3f %12.3f %12.3f%s\n", qPrintable(id), segments, events,
                    median(simulateMs), median(layoutMs), total, median(fitMs), totalFit,
                    within ? "" : "  OVER BUDGET");
    }
    // A flood clicked open: every one of its arrows laid out.
    for (const QString &id : ScenarioLibrary::ids()) {
        if (!id.startsWith(QLatin1String("syn-flood")))
            continue;
        const Trace trace = Simulator::run(ScenarioLibrary::load(id).scenario);
        SequenceLayoutOptions options;
        options.font = QApplication::font();
        options.width = 1000;
        options.floods = FloodDrawing::Expanded;
        std::vector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer clock;
            clock.start();
            const SequenceLayout layout = layoutSequenceToFit(trace, options, 700);
            ms.push_back(clock.nsecsElapsed() / 1e6);
        }
        std::printf("%-28s flood expanded: fitted layout of all %lld arrows %.3f ms\n", qPrintable(id),
                    static_cast<long long>(trace.segments.size()), median(ms));
    }
    std::printf("\nworst scenario: %s, %.3f ms (%.3f of the budget)\n", qPrintable(worstId), worstMs,
                worstMs / budgetMs);
    std::printf("\nmedian of %d runs per scenario; budget %.0f ms per edit: %s\n", runs, budgetMs,
                allWithinBudget ? "all within budget" : "SOME OVER BUDGET");
    return allWithinBudget ? 0 : 1;
}
