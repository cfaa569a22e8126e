// The translation catalogues are complete: no entry unfinished, empty or obsolete, and every
// string the sources pass to tr()/translate() has a finished translation in both languages.
// The second check runs lupdate over the sources now, so a string added without updating
// the .ts files fails here rather than showing up in English inside the Chinese UI.

#include "text/display_language.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

namespace {

struct Message {
    QString context;
    QString source;
    QString comment;
    QString type;          // the <translation type="..."> attribute
    QStringList forms;     // the translation, or the numerus forms
    bool numerus = false;

    QString key() const { return context + QChar(0x1f) + source + QChar(0x1f) + comment; }
    QString where() const { return QStringLiteral("[%1] \"%2\"").arg(context, source); }
};

struct Catalogue {
    QString language;
    QList<Message> messages;
    QString error;
};

Catalogue readTs(const QString &path)
{
    Catalogue result;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = QStringLiteral("cannot open %1").arg(path);
        return result;
    }
    QXmlStreamReader xml(&file);
    QString context;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == QLatin1String("TS")) {
            result.language = xml.attributes().value(QLatin1String("language")).toString();
        } else if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("message")) {
            Message m;
            m.context = context;
            m.numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            while (!(xml.isEndElement() && xml.name() == QLatin1String("message")) && !xml.atEnd()) {
                xml.readNext();
                if (!xml.isStartElement())
                    continue;
                if (xml.name() == QLatin1String("source")) {
                    m.source = xml.readElementText();
                } else if (xml.name() == QLatin1String("comment")) {
                    m.comment = xml.readElementText();
                } else if (xml.name() == QLatin1String("translation")) {
                    m.type = xml.attributes().value(QLatin1String("type")).toString();
                    if (m.numerus) {
                        while (!(xml.isEndElement() && xml.name() == QLatin1String("translation"))
                               && !xml.atEnd()) {
                            xml.readNext();
                            if (xml.isStartElement() && xml.name() == QLatin1String("numerusform"))
                                m.forms.append(xml.readElementText());
                        }
                    } else {
                        m.forms.append(xml.readElementText());
                    }
                }
            }
            result.messages.append(m);
        }
    }
    if (xml.hasError())
        result.error = QStringLiteral("%1: %2").arg(path, xml.errorString());
    return result;
}

QString tsPath(const QString &language)
{
    return QStringLiteral(TCPLAB_SOURCE_DIR "/translations/tcplab_%1.ts").arg(language);
}

QString findLupdate()
{
    const QStringList candidates = {
        QLibraryInfo::path(QLibraryInfo::BinariesPath) + QStringLiteral("/lupdate"),
        QLibraryInfo::path(QLibraryInfo::LibraryExecutablesPath) + QStringLiteral("/lupdate"),
        QStringLiteral("/usr/lib/qt6/bin/lupdate"),
        QStandardPaths::findExecutable(QStringLiteral("lupdate6")),
        QStandardPaths::findExecutable(QStringLiteral("lupdate")),
    };
    for (const QString &c : candidates) {
        if (!c.isEmpty() && QFileInfo(c).isExecutable())
            return c;
    }
    return {};
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void catalogueHasNoUnfinishedEmptyOrObsoleteEntry_data();
    void catalogueHasNoUnfinishedEmptyOrObsoleteEntry();
    void everySourceStringHasAFinishedTranslation_data();
    void everySourceStringHasAFinishedTranslation();
    void embeddedChineseCatalogueTranslatesTheMenus();
    void duplicateIsOneChineseWordEverywhere();
    void placeMarkersSurviveTranslation_data();
    void placeMarkersSurviveTranslation();

    void everyTranslatedCallHasAContextKnownAtRunTime();

    void environmentLanguageFollowsPosixPrecedence_data();
    void environmentLanguageFollowsPosixPrecedence();
    void cliSpeaksTheLanguageOfLangOrTheLocale_data();
    void cliSpeaksTheLanguageOfLangOrTheLocale();

private:
    QList<Message> m_scanned;
    QString m_lupdateOutput;
};

void TestTranslations::initTestCase()
{
    const QString lupdate = findLupdate();
    QVERIFY2(!lupdate.isEmpty(), "lupdate not found (Qt's linguist tools are required)");

    // Scan what the program shows: the GUI and CLI (app/), the diagrams (views/), the
    // model's table of settings and its messages (model/settings/), the scenario reader's
    // messages (model/scenario/) and the questions (model/teach/), with the same include paths as the
    // update_translations target.
    static QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString scan = dir.filePath(QStringLiteral("scan_zh_CN.ts"));
    const QString src = QStringLiteral(TCPLAB_SOURCE_DIR);
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(lupdate, {QStringLiteral("-recursive"), QStringLiteral("-locations"),
                            QStringLiteral("none"), QStringLiteral("-silent"),
                            QStringLiteral("-I"), src + QStringLiteral("/model"),
                            QStringLiteral("-I"), src + QStringLiteral("/views"),
                            QStringLiteral("-I"), src + QStringLiteral("/app/gui"),
                            QStringLiteral("-I"), src + QStringLiteral("/app/cli"),
                            src + QStringLiteral("/app"), src + QStringLiteral("/views"),
                            src + QStringLiteral("/model/settings"),
                            src + QStringLiteral("/model/scenario"),
                            src + QStringLiteral("/model/teach"),
                            QStringLiteral("-ts"), scan});
    QVERIFY(process.waitForFinished(120000));
    m_lupdateOutput = QString::fromLocal8Bit(process.readAll());
    QVERIFY2(process.exitCode() == 0, qPrintable(m_lupdateOutput));
    const Catalogue scanned = readTs(scan);
    QVERIFY2(scanned.error.isEmpty(), qPrintable(scanned.error));
    m_scanned = scanned.messages;
    // A scan that finds nothing would make the check below vacuous.
    QVERIFY2(m_scanned.size() > 50, qPrintable(QString::number(m_scanned.size())));
}

void TestTranslations::catalogueHasNoUnfinishedEmptyOrObsoleteEntry_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("zh_CN") << QStringLiteral("zh_CN");
    QTest::newRow("en") << QStringLiteral("en");
}

void TestTranslations::catalogueHasNoUnfinishedEmptyOrObsoleteEntry()
{
    QFETCH(QString, language);
    const Catalogue catalogue = readTs(tsPath(language));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    QCOMPARE(catalogue.language, language);
    QVERIFY(!catalogue.messages.isEmpty());
    QStringList problems;
    for (const Message &m : catalogue.messages) {
        if (!m.type.isEmpty())
            problems.append(m.type + QStringLiteral(": ") + m.where());
        else if (m.forms.isEmpty() || m.forms.contains(QString()))
            problems.append(QStringLiteral("empty: ") + m.where());
        // Chinese has one plural form, English two (Qt's numerus rules).
        else if (m.numerus && m.forms.size() != (language == QLatin1String("en") ? 2 : 1))
            problems.append(QStringLiteral("plural forms: ") + m.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everySourceStringHasAFinishedTranslation_data()
{
    catalogueHasNoUnfinishedEmptyOrObsoleteEntry_data();
}

void TestTranslations::everySourceStringHasAFinishedTranslation()
{
    QFETCH(QString, language);
    const Catalogue catalogue = readTs(tsPath(language));
    QHash<QString, Message> byKey;
    for (const Message &m : catalogue.messages)
        byKey.insert(m.key(), m);
    QStringList missing;
    for (const Message &m : std::as_const(m_scanned)) {
        const auto it = byKey.constFind(m.key());
        if (it == byKey.cend() || !it->type.isEmpty() || it->forms.isEmpty()
            || it->forms.contains(QString())) {
            missing.append(m.where());
        }
    }
    QVERIFY2(missing.isEmpty(),
             qPrintable(QStringLiteral("%1 string(s) without a finished translation (run the "
                                       "update_translations target, then translate):\n")
                            .arg(missing.size())
                        + missing.join(QLatin1Char('\n'))));
}

// Issue 9: the fault "duplicate" read as 复制 (copy to the clipboard) in the menus and as
// 重复 in the legend. One word, 重复, wherever a text speaks of duplicating a segment.
void TestTranslations::duplicateIsOneChineseWordEverywhere()
{
    const Catalogue catalogue = readTs(tsPath(QStringLiteral("zh_CN")));
    QVERIFY2(catalogue.error.isEmpty(), qPrintable(catalogue.error));
    static const QRegularExpression duplicate(QStringLiteral("duplicat"),
                                              QRegularExpression::CaseInsensitiveOption);
    QStringList problems;
    int checked = 0;
    for (const Message &m : catalogue.messages) {
        if (!duplicate.match(m.source).hasMatch())
            continue;
        ++checked;
        for (const QString &form : m.forms) {
            if (form.contains(QStringLiteral("复制")) || !form.contains(QStringLiteral("重复")))
                problems.append(m.where() + QStringLiteral(" → ") + form);
        }
    }
    QVERIFY(checked >= 10);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::embeddedChineseCatalogueTranslatesTheMenus()
{
    QTranslator translator;
    QVERIFY2(translator.load(QStringLiteral(":/i18n/tcplab_zh_CN.qm")),
             "the .qm files must be embedded under :/i18n/");
    QCOMPARE(translator.translate("tcplab::MainWindow", "Play"), QStringLiteral("播放"));
    QTranslator english;
    QVERIFY(english.load(QStringLiteral(":/i18n/tcplab_en.qm")));
    QCOMPARE(english.translate("tcplab::MainWindow", "Play"), QStringLiteral("Play"));
}

void TestTranslations::placeMarkersSurviveTranslation_data()
{
    catalogueHasNoUnfinishedEmptyOrObsoleteEntry_data();
}

void TestTranslations::placeMarkersSurviveTranslation()
{
    // A translation that loses "%1" silently drops a value from the sentence.
    QFETCH(QString, language);
    const Catalogue catalogue = readTs(tsPath(language));
    static const QRegularExpression marker(QStringLiteral("%(\\d|n)"));
    QStringList problems;
    for (const Message &m : catalogue.messages) {
        QStringList wanted;
        for (auto it = marker.globalMatch(m.source); it.hasNext();)
            wanted.append(it.next().captured(0));
        wanted.removeDuplicates();
        for (const QString &form : m.forms) {
            for (const QString &w : std::as_const(wanted)) {
                if (!form.contains(w))
                    problems.append(QStringLiteral("%1 lacks %2: %3").arg(m.where(), w, form));
            }
        }
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

void TestTranslations::everyTranslatedCallHasAContextKnownAtRunTime()
{
    // lupdate names a tr() outside a class after the enclosing namespace ("tcplab") and warns
    // that it "lacks Q_OBJECT". At run time such a call looks up a different context, so the
    // string would stay English whatever the catalogue says. Use QObject::tr in a Q_OBJECT
    // class, Q_DECLARE_TR_FUNCTIONS(Context), or QCoreApplication::translate("Context", "...")
    // written out at the call.
    QStringList problems;
    for (const QString &line : m_lupdateOutput.split(QLatin1Char('\n'))) {
        if (line.contains(QLatin1String("lacks Q_OBJECT")))
            problems.append(line.trimmed());
    }
    for (const Message &m : std::as_const(m_scanned)) {
        if (m.context == QLatin1String("tcplab"))
            problems.append(QStringLiteral("namespace used as context: ") + m.where());
    }
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

namespace {

// The locale variables tcplab-cli may read, all unset, then `variables` set.
QProcessEnvironment localeEnvironment(const QStringList &variables)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"})
        env.remove(QLatin1String(name));
    for (const QString &v : variables)
        env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
    return env;
}

const char *const localeNames[] = {"LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"};

} // namespace

void TestTranslations::environmentLanguageFollowsPosixPrecedence_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QString>("expected");
    QTest::newRow("nothing set") << QStringList{} << QStringLiteral("en");
    QTest::newRow("LANG Chinese") << QStringList{QStringLiteral("LANG=zh_CN.UTF-8")} << QStringLiteral("zh_CN");
    QTest::newRow("LANG Taiwanese Chinese") << QStringList{QStringLiteral("LANG=zh_TW.UTF-8")} << QStringLiteral("zh_CN");
    QTest::newRow("LANG C") << QStringList{QStringLiteral("LANG=C.UTF-8")} << QStringLiteral("en");
    QTest::newRow("LANG French") << QStringList{QStringLiteral("LANG=fr_FR.UTF-8")} << QStringLiteral("en");
    QTest::newRow("LC_MESSAGES over LANG")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")} << QStringLiteral("zh_CN");
    QTest::newRow("LC_ALL over LC_MESSAGES")
        << QStringList{QStringLiteral("LC_MESSAGES=zh_CN.UTF-8"), QStringLiteral("LC_ALL=en_GB.UTF-8")} << QStringLiteral("en");
    QTest::newRow("LC_ALL=C over a Chinese LANG")
        << QStringList{QStringLiteral("LANG=zh_CN.UTF-8"), QStringLiteral("LC_ALL=C")} << QStringLiteral("en");
    QTest::newRow("LANGUAGE refines a locale")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LANGUAGE=fr:zh_CN:en")} << QStringLiteral("zh_CN");
    QTest::newRow("LANGUAGE ignored in the C locale")
        << QStringList{QStringLiteral("LANG=C"), QStringLiteral("LANGUAGE=zh_CN")} << QStringLiteral("en");
}

void TestTranslations::environmentLanguageFollowsPosixPrecedence()
{
    QFETCH(QStringList, variables);
    QFETCH(QString, expected);
    QHash<QByteArray, QByteArray> saved;
    for (const char *name : localeNames) {
        if (qEnvironmentVariableIsSet(name))
            saved.insert(name, qgetenv(name));
        qunsetenv(name);
    }
    for (const QString &v : std::as_const(variables))
        qputenv(v.section(QLatin1Char('='), 0, 0).toLatin1(), v.section(QLatin1Char('='), 1).toLatin1());
    const QString actual = tcplab::DisplayLanguage::fromEnvironment();
    for (const char *name : localeNames) {
        qunsetenv(name);
        if (saved.contains(name))
            qputenv(name, saved.value(name));
    }
    QCOMPARE(actual, expected);
}

void TestTranslations::cliSpeaksTheLanguageOfLangOrTheLocale_data()
{
    QTest::addColumn<QStringList>("variables");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("chineseOut");
    QTest::addColumn<QString>("chineseErr");
    QTest::addColumn<QString>("englishAbsent");
    const QStringList cLocale{QStringLiteral("LANG=C.UTF-8")};
    const QStringList chineseLocale{QStringLiteral("LANG=zh_CN.UTF-8")};
    const QString usage = QStringLiteral("用法：tcplab-cli 命令 [选项]");
    QTest::newRow("--help with --lang zh_CN")
        << cLocale << QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("--help")} << 0
        << usage << QString() << QStringLiteral("Usage:");
    QTest::newRow("--help's command list with --lang zh_CN")
        << cLocale << QStringList{QStringLiteral("--help"), QStringLiteral("--lang=zh_CN")} << 0
        << QStringLiteral("  run ID|FILE [选项]  ") << QString() << QStringLiteral("[options]");
    QTest::newRow("--help with LANG=zh_CN.UTF-8")
        << chineseLocale << QStringList{QStringLiteral("--help")} << 0 << usage << QString() << QStringLiteral("Usage:");
    QTest::newRow("--help with LC_MESSAGES")
        << QStringList{QStringLiteral("LANG=C.UTF-8"), QStringLiteral("LC_MESSAGES=zh_CN.UTF-8")}
        << QStringList{QStringLiteral("--help")} << 0 << usage << QString() << QStringLiteral("Usage:");
    QTest::newRow("run --help with LC_ALL")
        << QStringList{QStringLiteral("LANG=en_US.UTF-8"), QStringLiteral("LC_ALL=zh_CN.UTF-8")}
        << QStringList{QStringLiteral("run"), QStringLiteral("--help")} << 0
        << QStringLiteral("丢弃一个报文段") << QString() << QStringLiteral("Simulates");
    QTest::newRow("unknown scenario with --lang zh_CN")
        << cLocale << QStringList{QStringLiteral("run"), QStringLiteral("no-such-lesson"), QStringLiteral("--lang=zh_CN")} << 2
        << QString() << QStringLiteral("tcplab-cli: 'no-such-lesson'：既不是内置场景，也不是文件")
        << QStringLiteral("neither");
    QTest::newRow("unknown scenario with LANG=zh_CN.UTF-8")
        << chineseLocale << QStringList{QStringLiteral("export"), QStringLiteral("no-such-lesson"), QStringLiteral("--out"),
                                        QStringLiteral("x.png")} << 2
        << QString() << QStringLiteral("既不是内置场景") << QStringLiteral("neither");
    QTest::newRow("unknown option, Qt's own message")
        << chineseLocale << QStringList{QStringLiteral("run"), QStringLiteral("x"), QStringLiteral("--frob")} << 2
        << QString() << QStringLiteral("请试试 'tcplab-cli run --help'。") << QStringLiteral("Try");
    // The scenario reader's and the settings' messages are people's words too.
    QTest::newRow("validate a file that is not a regular file, in Chinese")
        << chineseLocale << QStringList{QStringLiteral("validate"), QStringLiteral("/dev/null")} << 2
        << QString() << QStringLiteral("不是普通文件") << QStringLiteral("not a regular file");
    QTest::newRow("contradictory --set values, in Chinese")
        << chineseLocale << QStringList{QStringLiteral("run"), QStringLiteral("handshake-and-close"),
                                        QStringLiteral("--set"), QStringLiteral("rto_min_ms=3600000"),
                                        QStringLiteral("--set"), QStringLiteral("rto_max_ms=1")} << 2
        << QString() << QStringLiteral("不能") << QStringLiteral("must not");
    QTest::newRow("--lang en over a Chinese locale")
        << chineseLocale << QStringList{QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--help")} << 0
        << QStringLiteral("Usage: tcplab-cli COMMAND") << QString() << QStringLiteral("用法");
}

void TestTranslations::cliSpeaksTheLanguageOfLangOrTheLocale()
{
    QFETCH(QStringList, variables);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, chineseOut);
    QFETCH(QString, chineseErr);
    QFETCH(QString, englishAbsent);
    QProcess p;
    p.setProcessEnvironment(localeEnvironment(variables));
    p.start(QStringLiteral(TCPLAB_CLI_PATH), arguments);
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    const QString err = QString::fromUtf8(p.readAllStandardError());
    QCOMPARE(p.exitCode(), exitCode);
    QVERIFY2(out.contains(chineseOut), qPrintable(out));
    QVERIFY2(err.contains(chineseErr), qPrintable(err));
    QVERIFY2(!(out + err).contains(englishAbsent), qPrintable(out + err));
}

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
