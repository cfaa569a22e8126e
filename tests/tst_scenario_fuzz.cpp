// A bounded, seeded fuzz run over the scenario reader and the save / re-read round trip.
// Inputs are the shipped scenarios and the corpus in tests/data/fuzz/, mutated by byte
// flips, insertions, deletions, splices between files and JSON-aware edits (duplicate
// keys, huge and odd numbers, values of the wrong type, deep nesting, removed keys, long
// strings). For every input:
//   * the reader does not crash (the sanitizer build, scripts/test.sh --sanitize, turns
//     any memory error or undefined behaviour into a failure);
//   * a refused file gets at least one message, each naming a JSON path that exists in
//     the file or the format ("actions[2].at_ms: ..."), or the whole-file problem
//     ("invalid JSON at line 4, column 4: ...");
//   * an accepted file saves, re-reads to the same scenario, and saves again to the same
//     bytes (docs/scenario-format.md: "reading a saved file gives back exactly the same
//     scenario").
// The run counts iterations, not time, so it does the same work on every machine:
// kIterations takes a few seconds in Debug and well under a minute under ASan/UBSan.
// TCPLAB_FUZZ_ITERATIONS and TCPLAB_FUZZ_SEED run it longer or elsewhere by hand; a
// failing input is written to the temporary directory and named in the failure.
#include "scenario/scenario_file.h"
#include "scenario/scenario_library.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QtTest>

#include <random>

using namespace tcplab;

namespace {

constexpr int kIterations = 15000;
constexpr uint64_t kSeed = 20240607;

// The format's top-level keys (docs/scenario-format.md), which an error may name even when
// the file lacks them ("hosts: required").
const QStringList topLevelKeys = {
    QStringLiteral("version"), QStringLiteral("id"), QStringLiteral("title"), QStringLiteral("summary"),
    QStringLiteral("lesson"), QStringLiteral("lesson_order"), QStringLiteral("compare_variant"),
    QStringLiteral("duration_s"), QStringLiteral("duration_ms"), QStringLiteral("hosts"),
    QStringLiteral("network"), QStringLiteral("protocol"), QStringLiteral("actions"),
    QStringLiteral("faults"), QStringLiteral("notes"),
};

struct Seed {
    QString name;
    QByteArray bytes;
};

QList<Seed> seeds()
{
    QList<Seed> out;
    for (const QString &dir : {QStringLiteral(TCPLAB_SOURCE_DIR "/resources/scenarios"),
                               QStringLiteral(TCPLAB_TEST_DATA "/fuzz")}) {
        for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
            QFile f(fi.filePath());
            if (f.open(QIODevice::ReadOnly))
                out.append({fi.fileName(), f.readAll()});
        }
    }
    return out;
}

class Mutator
{
public:
    explicit Mutator(uint64_t seed) : m_rng(seed) {}

    int64_t uniform(int64_t lo, int64_t hi) { return std::uniform_int_distribution<int64_t>(lo, hi)(m_rng); }
    bool chance(double p) { return std::uniform_real_distribution<double>(0.0, 1.0)(m_rng) < p; }
    template<typename T>
    const T &pick(const QList<T> &list) { return list[int(uniform(0, list.size() - 1))]; }

    // One input: a seed with one to four mutations; names what was done.
    QByteArray mutate(const QList<Seed> &seeds, QString *how)
    {
        const Seed &seed = pick(seeds);
        QByteArray data = seed.bytes;
        QStringList steps;
        const int rounds = int(uniform(1, 4));
        for (int i = 0; i < rounds; ++i) {
            switch (uniform(0, 9)) {
            case 0: steps << flipBit(data); break;
            case 1: steps << insertBytes(data); break;
            case 2: steps << deleteBytes(data); break;
            case 3: steps << splice(data, pick(seeds).bytes); break;
            case 4: steps << duplicateKey(data); break;
            default: steps << jsonEdit(data); break; // the reader's logic sits behind valid JSON
            }
        }
        *how = seed.name + QStringLiteral(": ") + steps.join(QStringLiteral(", "));
        return data;
    }

private:
    QString flipBit(QByteArray &d)
    {
        if (d.isEmpty())
            return QStringLiteral("flip (empty)");
        const int at = int(uniform(0, d.size() - 1));
        d[at] = char(d[at] ^ (1 << uniform(0, 7)));
        return QStringLiteral("flip at %1").arg(at);
    }

    QString insertBytes(QByteArray &d)
    {
        static const QList<QByteArray> tokens = {
            "{", "}", "[", "]", "\"", ",", ":", "null", "true", "-", "0", "1e400", "-1e400",
            "\\u0000", "\\ud800", "\xff\xfe", "\xe2\x98", "\"\":", "//", "/*", "\t", "\n", "NaN",
        };
        const int at = int(uniform(0, d.size()));
        QByteArray what;
        if (chance(0.7)) {
            what = pick(tokens);
        } else {
            const int n = int(uniform(1, 16));
            for (int i = 0; i < n; ++i)
                what += char(uniform(0, 255));
        }
        d.insert(at, what);
        return QStringLiteral("insert %1 bytes at %2").arg(what.size()).arg(at);
    }

    QString deleteBytes(QByteArray &d)
    {
        if (d.isEmpty())
            return QStringLiteral("delete (empty)");
        const int at = int(uniform(0, d.size() - 1));
        const int n = int(uniform(1, std::min<int64_t>(64, d.size() - at)));
        d.remove(at, n);
        return QStringLiteral("delete %1 at %2").arg(n).arg(at);
    }

    QString splice(QByteArray &d, const QByteArray &other)
    {
        const int cut = int(uniform(0, d.size()));
        const int from = int(uniform(0, other.size()));
        d = d.left(cut) + other.mid(from);
        return QStringLiteral("splice at %1 with another file from %2").arg(cut).arg(from);
    }

    // JSON objects cannot hold the same key twice, so duplicates are made in the text: a
    // member `"key": ` gets a twin with another value in front of it.
    QString duplicateKey(QByteArray &d)
    {
        static const QRegularExpression member(QStringLiteral("\"([a-z_]+)\"\\s*:"));
        const QString text = QString::fromUtf8(d);
        QList<QRegularExpressionMatch> matches;
        for (auto it = member.globalMatch(text); it.hasNext();)
            matches << it.next();
        if (matches.isEmpty())
            return QStringLiteral("duplicate key (none)");
        const QRegularExpressionMatch &m = pick(matches);
        const QString twin = QStringLiteral("\"%1\": %2, ").arg(m.captured(1), QString::fromUtf8(randomValue().toJson(QJsonDocument::Compact)).mid(1).chopped(1));
        d = (text.left(m.capturedStart()) + twin + text.mid(m.capturedStart())).toUtf8();
        return QStringLiteral("duplicate key %1").arg(m.captured(1));
    }

    // A value of some kind, wrapped in a one-element array so QJsonDocument can print it.
    QJsonDocument randomValue()
    {
        QJsonArray a;
        a.append(randomScalar());
        return QJsonDocument(a);
    }

    QJsonValue randomScalar()
    {
        static const QList<double> numbers = {
            0, -0.0, -1, 1, 0.5, 2, 80, 65535, 65536, 4294967295.0, 4294967296.0, 9007199254740993.0,
            18446744073709551616.0, 1e308, -1e308, 1e-320, 1.5, -7.25, 604800, 604801, 3600000.5,
        };
        static const QList<QString> strings = {
            QString(), QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("Z"), QStringLiteral("10.0.0.300"),
            QStringLiteral("18446744073709551616"), QStringLiteral("-1"), QStringLiteral("drop"),
            QStringLiteral("listen"), QStringLiteral("SYN"), QStringLiteral("no-time-wait"),
            QStringLiteral("数据"), QString(QChar(0)), QString(5000, QLatin1Char('x')),
        };
        switch (uniform(0, 6)) {
        case 0: return pick(numbers);
        case 1: return pick(strings);
        case 2: return chance(0.5);
        case 3: return QJsonValue(QJsonValue::Null);
        case 4: return QJsonArray{pick(numbers), pick(strings)};
        case 5: return QJsonObject{{pick(strings), pick(numbers)}};
        default: return double(uniform(-100000, 100000)) / (chance(0.5) ? 1 : 1000);
        }
    }

    // Walks to a random member of the parsed document and changes it.
    QString jsonEdit(QByteArray &d)
    {
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(d, &error);
        if (error.error != QJsonParseError::NoError || !doc.isObject())
            return flipBit(d);
        QString path;
        QJsonValue root = doc.object();
        m_nesting = 0;
        edit(root, 0, &path);
        d = QJsonDocument(root.toObject()).toJson(chance(0.5) ? QJsonDocument::Indented : QJsonDocument::Compact);
        if (m_nesting > 0) {
            // Deep nesting is written into the text: building it as QJsonValues copies
            // every level into the next.
            QByteArray deep;
            for (int i = 0; i < m_nesting; ++i)
                deep += i % 2 ? "{\"k\": " : "[";
            deep += "0";
            for (int i = m_nesting - 1; i >= 0; --i)
                deep += i % 2 ? "}" : "]";
            d.replace(kNestingMark, deep);
        }
        return QStringLiteral("edit %1").arg(path);
    }

    void edit(QJsonValue &v, int depth, QString *path)
    {
        const bool descend = depth < 6 && chance(0.75);
        if (v.isObject()) {
            QJsonObject o = v.toObject();
            if (descend && !o.isEmpty()) {
                const QString key = pick(o.keys());
                *path += QLatin1Char('.') + key;
                if (chance(0.15)) {
                    o.remove(key); // a required key goes missing
                    *path += QStringLiteral(" removed");
                } else {
                    QJsonValue child = o.value(key);
                    edit(child, depth + 1, path);
                    o.insert(key, child);
                }
            } else if (chance(0.3)) {
                const QString key = chance(0.5) ? pick(topLevelKeys) : QStringLiteral("unexpected_key");
                o.insert(key, randomScalar()); // a key where it does not belong
                *path += QStringLiteral(" +") + key;
            } else {
                replace(v, path);
                return;
            }
            v = o;
        } else if (v.isArray()) {
            QJsonArray a = v.toArray();
            if (descend && !a.isEmpty()) {
                const int i = int(uniform(0, a.size() - 1));
                *path += QStringLiteral("[%1]").arg(i);
                if (chance(0.15)) {
                    a.removeAt(i);
                    *path += QStringLiteral(" removed");
                } else if (chance(0.15)) {
                    a.insert(i, a.at(i)); // the same entry twice (a repeated fault rule, host...)
                    *path += QStringLiteral(" doubled");
                } else {
                    QJsonValue child = a.at(i);
                    edit(child, depth + 1, path);
                    a.replace(i, child);
                }
            } else {
                replace(v, path);
                return;
            }
            v = a;
        } else {
            replace(v, path);
        }
    }

    void replace(QJsonValue &v, QString *path)
    {
        if (chance(0.08)) {
            m_nesting = int(uniform(50, 3000));
            v = QString::fromLatin1(kNestingMark).mid(1).chopped(1);
            *path += QStringLiteral(" = nesting %1 deep").arg(m_nesting);
        } else {
            v = randomScalar();
            *path += QStringLiteral(" = ") + QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).left(40);
        }
    }

    static constexpr const char *kNestingMark = "\"@@nesting@@\"";
    std::mt19937_64 m_rng;
    int m_nesting = 0; // depth of the nesting the current edit asked for
};

// Whether an error names a JSON path of this file or of the format ("actions[2].at_ms:
// must be ≥ 0"), or is a problem of the whole file ("invalid JSON at line 4, column 4: ...").
bool namesAPathOrTheProblem(const QString &error, const QJsonObject &root)
{
    if (error.startsWith(QLatin1String("invalid JSON at line ")) || error.startsWith(QLatin1String("the file ")))
        return true;
    // "path: problem", where the path starts with a key of the format or of the file (an
    // unknown key is named as the file spells it). Keys from a broken file may hold '.',
    // '[' or even ": ", so every split is tried and keys are compared as text (no regular
    // expression: such keys may also hold lone surrogates, which QRegularExpression
    // refuses to match).
    QStringList keys = topLevelKeys;
    keys += root.keys();
    for (int colon = error.indexOf(QLatin1String(": ")); colon > 0; colon = error.indexOf(QLatin1String(": "), colon + 1)) {
        if (colon + 2 >= error.size())
            break;
        const QString path = error.left(colon);
        // A key that is not a plain word is named quoted and escaped, as the reader
        // spells it ("\"title\\u0000\": unknown key").
        if (path.size() >= 2 && path.startsWith(QLatin1Char('"')) && path.indexOf(QLatin1Char('"'), 1) > 0)
            return true;
        for (const QString &key : std::as_const(keys)) {
            if (path == key || path.startsWith(key + QLatin1Char('.')) || path.startsWith(key + QLatin1Char('[')))
                return true;
        }
    }
    return false;
}

} // namespace

class TestScenarioFuzz : public QObject
{
    Q_OBJECT

private slots:
    void everySeedLoadsAndRoundTrips();
    void mutatedScenariosAreRefusedClearlyOrRoundTrip();
    void bothDurationKeysAreReportedUnderAPath();
    void anEmptyTopLevelKeyIsNamedInItsError();
    void aNoteWithAnEmptyPlainTextIsRefusedLikeAnEmptyObject();
};

// The seeds themselves: valid files that save, re-read and re-save identically.
void TestScenarioFuzz::everySeedLoadsAndRoundTrips()
{
    const QList<Seed> all = seeds();
    QVERIFY2(all.size() >= ScenarioLibrary::ids().size() + 3, "the seeds are the shipped scenarios and tests/data/fuzz");
    for (const Seed &seed : all) {
        const ScenarioFile::LoadResult r = ScenarioFile::parse(seed.bytes);
        QVERIFY2(r.ok, qPrintable(seed.name + QStringLiteral(": ") + r.errors.join(QStringLiteral("; "))));
        const QByteArray saved = ScenarioFile::serialize(r.scenario);
        const ScenarioFile::LoadResult again = ScenarioFile::parse(saved);
        QVERIFY2(again.ok, qPrintable(seed.name + QStringLiteral(": ") + again.errors.join(QStringLiteral("; "))));
        QVERIFY2(again.scenario == r.scenario, qPrintable(seed.name));
        QCOMPARE(ScenarioFile::serialize(again.scenario), saved);
    }
}

void TestScenarioFuzz::mutatedScenariosAreRefusedClearlyOrRoundTrip()
{
    const QList<Seed> all = seeds();
    QVERIFY(!all.isEmpty());
    const int iterations = qEnvironmentVariableIsSet("TCPLAB_FUZZ_ITERATIONS")
        ? qEnvironmentVariableIntValue("TCPLAB_FUZZ_ITERATIONS")
        : kIterations;
    const uint64_t seed = qEnvironmentVariableIsSet("TCPLAB_FUZZ_SEED")
        ? qEnvironmentVariable("TCPLAB_FUZZ_SEED").toULongLong()
        : kSeed;
    Mutator mutator(seed);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());

    int accepted = 0, refused = 0, savedToDisk = 0;
    QStringList failures;
    auto fail = [&](int i, const QString &how, const QByteArray &input, const QString &what) {
        if (failures.size() >= 10)
            return;
        const QString path = QDir::tempPath() + QStringLiteral("/tcplab-fuzz-%1-%2.json").arg(seed).arg(i);
        QSaveFile f(path);
        if (f.open(QIODevice::WriteOnly)) {
            f.write(input);
            f.commit();
        }
        failures << QStringLiteral("iteration %1 (%2), input in %3: %4").arg(i).arg(how, path, what);
    };

    for (int i = 0; i < iterations; ++i) {
        QString how;
        const QByteArray input = mutator.mutate(all, &how);
        const ScenarioFile::LoadResult r = ScenarioFile::parse(input);
        if (!r.ok) {
            ++refused;
            if (r.errors.isEmpty())
                fail(i, how, input, QStringLiteral("refused without a message"));
            const QJsonObject root = QJsonDocument::fromJson(input).object();
            for (const QString &e : r.errors) {
                if (e.trimmed().isEmpty() || !namesAPathOrTheProblem(e, root)) {
                    fail(i, how, input, QStringLiteral("the message '%1' names no JSON path").arg(e.left(200)));
                    break;
                }
            }
            continue;
        }
        ++accepted;
        if (!r.errors.isEmpty())
            fail(i, how, input, QStringLiteral("accepted with errors: %1").arg(r.errors.join(QStringLiteral("; "))));
        // Save and read back; every 50th through a real file, as the window's Save does.
        QByteArray saved = ScenarioFile::serialize(r.scenario);
        ScenarioFile::LoadResult again;
        if (i % 50 == 0) {
            const QString path = dir.filePath(QStringLiteral("saved.json"));
            QString error;
            if (!ScenarioFile::save(r.scenario, path, &error)) {
                fail(i, how, input, QStringLiteral("save failed: %1").arg(error));
                continue;
            }
            QFile f(path);
            saved = f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
            again = ScenarioFile::load(path);
            ++savedToDisk;
        } else {
            again = ScenarioFile::parse(saved);
        }
        if (!again.ok) {
            fail(i, how, input, QStringLiteral("its saved form is refused: %1").arg(again.errors.join(QStringLiteral("; "))));
            continue;
        }
        if (!(again.scenario == r.scenario))
            fail(i, how, input, QStringLiteral("re-reading the saved file gives another scenario"));
        const QByteArray resaved = ScenarioFile::serialize(again.scenario);
        if (resaved != saved)
            fail(i, how, input, QStringLiteral("saving again gives other bytes"));
    }
    qInfo("%d iterations (seed %llu): %d accepted and round-tripped (%d through a file), %d refused",
          iterations, static_cast<unsigned long long>(seed), accepted, savedToDisk, refused);
    QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
    // The mutations reach both sides of the reader; a fuzz run that only ever produces
    // broken JSON tests the JSON parser, not ours.
    if (iterations >= 1000) {
        QVERIFY2(accepted >= iterations / 50, qPrintable(QString::number(accepted)));
        QVERIFY2(refused >= iterations / 2, qPrintable(QString::number(refused)));
    }
}

// Found by this fuzz run: with both duration keys at the top level the reader said
// "give duration_ms or duration_s, not both" with no path, where every other error
// starts with one (the same problem inside an action reads "actions[0]: give at_ms or
// at_s, not both"). There is no enclosing object at the top, so the first key is the path.
void TestScenarioFuzz::bothDurationKeysAreReportedUnderAPath()
{
    const QByteArray json = R"({"version": 1, "duration_s": 10, "duration_ms": 10000,
        "hosts": [{"name": "A", "address": "10.0.0.1"}]})";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QCOMPARE(r.errors.first(), QStringLiteral("duration_ms: give duration_ms or duration_s, not both"));
}

// Found by this fuzz run (seed 2): a top-level key that is the empty string is reported
// as "unknown key (did you mean id?)", naming neither a path nor the key, while the same
// key inside a host reads "hosts[0].: unknown key".
void TestScenarioFuzz::anEmptyTopLevelKeyIsNamedInItsError()
{
    const QByteArray json = R"({"version": 1, "": 0, "hosts": [{"name": "A", "address": "10.0.0.1"}]})";
    const ScenarioFile::LoadResult r = ScenarioFile::parse(json);
    QVERIFY(!r.ok);
    QCOMPARE(r.errors.size(), 1);
    QVERIFY(r.errors.first().contains(QLatin1String("unknown key")));
    QVERIFY2(r.errors.first().contains(QLatin1String(": unknown key")), qPrintable(r.errors.first()));
}

// Found by this fuzz run (seed 12): a note whose text is the plain string "" is accepted,
// saved as "text": {}, and that saved file is refused ("notes[0].text: needs an "en" or
// "zh" text") — a file tcplab wrote that tcplab cannot open. {"en": ""} and {} are refused
// from the start; the plain string is too, with the same message.
void TestScenarioFuzz::aNoteWithAnEmptyPlainTextIsRefusedLikeAnEmptyObject()
{
    const QByteArray hosts = R"("hosts": [{"name": "A", "address": "10.0.0.1"}])";
    QVERIFY(!ScenarioFile::parse("{\"version\": 1, " + hosts + R"(, "notes": [{"at_ms": 0, "text": {"en": ""}}]})").ok);
    const ScenarioFile::LoadResult plain =
        ScenarioFile::parse("{\"version\": 1, " + hosts + R"(, "notes": [{"at_ms": 0, "text": ""}]})");
    const ScenarioFile::LoadResult saved = ScenarioFile::parse(ScenarioFile::serialize(plain.scenario));
    QVERIFY2(!plain.ok || saved.ok, qPrintable(saved.errors.join(QStringLiteral("; "))));
    QVERIFY(!plain.ok);
    QCOMPARE(plain.errors, QStringList{QStringLiteral("notes[0].text: needs an \"en\" or \"zh\" text")});
}

QTEST_GUILESS_MAIN(TestScenarioFuzz)
#include "tst_scenario_fuzz.moc"
