// The window explains itself and keeps the learner's settings safe: Help ▸ Keyboard
// Shortcuts, Scenario File Format and What's This, the first-start welcome, settings read
// back with care (a broken file is set aside, a broken value is ignored), the file dialogs'
// first folder, recent files, and `tcplab --help` / `--version` without a display.

#include "action_table.h"
#include "language_manager.h"
#include "main_window.h"
#include "playback_controller.h"
#include "recent_files_menu.h"
#include "scenario_document.h"
#include "scenario_file_dialogs.h"
#include "scenario_format_dialog.h"
#include "settings_file_check.h"
#include "settings_values.h"
#include "shortcuts_dialog.h"
#include "welcome_banner.h"
#include "whats_this_texts.h"
#include "window_menus.h"
#include "isolated_settings.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QHeaderView>
#include <QImage>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QProcess>
#include <QProcessEnvironment>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTimer>
#include <QWhatsThis>

#include <memory>

using namespace tcplab;

namespace {

// Closes without asking about unsaved changes.
class TestWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

protected:
    void reportError(const QString &, const QString &) override {}
    QMessageBox::StandardButton askToSaveChanges() override { return QMessageBox::Discard; }
};

QMenu *menuNamed(QMainWindow *window, const QString &objectName)
{
    return window->menuBar()->findChild<QMenu *>(objectName);
}

// Triggers the action as a learner does: from its menu.
bool triggerFromMenu(QMainWindow *window, const QString &menu, const QString &action)
{
    QMenu *m = menuNamed(window, menu);
    if (!m)
        return false;
    for (QAction *a : m->actions()) {
        if (a->objectName() == action && a->isEnabled()) {
            a->trigger();
            return true;
        }
    }
    return false;
}

// The dialog's row for the action named `objectName`, or -1.
int shortcutRow(QTableWidget *table, const QString &objectName)
{
    for (int row = 0; row < table->rowCount(); ++row) {
        if (table->item(row, ShortcutsDialog::CommandColumn)->data(Qt::UserRole).toString()
            == objectName) {
            return row;
        }
    }
    return -1;
}

QStringList columnTexts(QTableWidget *table, int column)
{
    QStringList texts;
    for (int row = 0; row < table->rowCount(); ++row)
        texts.append(table->item(row, column)->text());
    return texts;
}

void writeFile(const QString &path, const QByteArray &contents)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(contents);
}

// The environment of a terminal without any display.
QProcessEnvironment withoutDisplay()
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QStringLiteral("DISPLAY"));
    environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    environment.remove(QStringLiteral("QT_QPA_PLATFORM"));
    return environment;
}

} // namespace

class TestHelp : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void shortcutsDialogListsEveryActionWithItsKeysAndMenu();
    void shortcutsDialogFollowsALanguageSwitch();
    void shortcutsDialogSaysWhichOfTwoRowsWithOneKeyWorksInPresenterMode();
    void scenarioFormatShowsTheEmbeddedReference();
    void scenarioFormatLinksLeadToTheirHeadings();
    void scenarioFormatSaysInChineseThatTheReferenceIsEnglish();
    void whatsThisActionEntersWhatsThisMode();
    void everyMainPanelHasAWhatsThisTextInBothLanguages();
    void whatsThisClickOnAPanelShowsItsText();
    void welcomeShowsOnFirstStartAndFollowsTheLanguage();
    void welcomeDismissedForGoodStaysDismissedAfterARestart();
    void welcomeClosedForNowComesBackNextStart();
    void corruptSettingsFileIsSetAsideWithAMessage();
    void readableSettingsFileIsLeftAlone();
    void nanSpeedInSettingsFallsBackToTheDefaultAndPlays();
    void outOfRangeSpeedAndGarbageFlagsFallBackToDefaults();
    void fileDialogsStartInTheDocumentsFolderWithoutALastFolder();
    void fileDialogsStartInTheLastFolderWhileItExists();
    void recentFilesListTheSavedFileAndOpenIt();
    void recentFilesIgnoreEmptyAndRepeatedEntries();
    void helpWorksWithoutADisplay();
    void versionWorksWithoutADisplay();
    void screenshotShowsTheWelcomeOnlyWhenAsked();

private:
    void restartWindow();
    QString settingsFile() const { return QSettings().fileName(); }

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<TestWindow> m_window;
    QTemporaryDir m_dir;
};

void TestHelp::initTestCase()
{
    QVERIFY(m_dir.isValid());
    isolateSettings(QStringLiteral("tst_help"), m_dir.path());
    m_language = std::make_unique<LanguageManager>();
    m_language->setLanguage(QStringLiteral("en"));
}

void TestHelp::init()
{
    QSettings().clear();
    m_language->setLanguage(QStringLiteral("en"));
    restartWindow();
}

void TestHelp::cleanup()
{
    if (QWhatsThis::inWhatsThisMode())
        QWhatsThis::leaveWhatsThisMode();
    if (m_window)
        m_window->close();
    m_window.reset();
}

void TestHelp::restartWindow()
{
    if (m_window)
        QVERIFY(m_window->close());
    m_window.reset();
    m_window = std::make_unique<TestWindow>(m_language.get());
    m_window->openInitialScenario();
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

// --- Help ▸ Keyboard Shortcuts ---------------------------------------------------------

void TestHelp::shortcutsDialogListsEveryActionWithItsKeysAndMenu()
{
    QVERIFY(triggerFromMenu(m_window.get(), QStringLiteral("helpMenu"),
                            QStringLiteral("keyboardShortcuts")));
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(table);

    int withKeys = 0;
    for (const ActionSpec &spec : ActionTable::specs()) {
        QAction *action = m_window->action(spec.id);
        const int row = shortcutRow(table, QLatin1String(spec.objectName));
        // A standard key this platform does not bind gives no key, not an empty one.
        // Nor is a key listed twice (Redo's standard key is its fixed Ctrl+Shift+Z here).
        for (const QKeySequence &key : action->shortcuts()) {
            QVERIFY2(!key.isEmpty(), spec.objectName);
            QCOMPARE(action->shortcuts().count(key), 1);
        }
        if (action->shortcuts().isEmpty()) {
            QVERIFY2(row < 0, spec.objectName);
            continue;
        }
        ++withKeys;
        QVERIFY2(row >= 0, spec.objectName);
        QCOMPARE(table->item(row, ShortcutsDialog::KeysColumn)->text(),
                 QKeySequence::listToString(action->shortcuts(), QKeySequence::NativeText));
        const QString command = table->item(row, ShortcutsDialog::CommandColumn)->text();
        QVERIFY2(!command.contains(QLatin1Char('&')), qPrintable(command));
        QCOMPARE(command, QString(action->text()).remove(QLatin1Char('&')));
        const QString menu = table->item(row, ShortcutsDialog::MenuColumn)->text();
        QCOMPARE(menu, WindowMenus::path(spec.menu));
        QVERIFY2(!menu.isEmpty() && !menu.contains(QLatin1Char('&')), spec.objectName);
    }
    QCOMPARE(table->rowCount(), withKeys);
    // Every key of Redo is listed.
    const int redo = shortcutRow(table, QStringLiteral("redo"));
    for (const QKeySequence &key : m_window->action(ActionId::Redo)->shortcuts())
        QVERIFY(table->item(redo, ShortcutsDialog::KeysColumn)->text().contains(
            key.toString(QKeySequence::NativeText)));
    QCOMPARE(table->item(shortcutRow(table, QStringLiteral("zoomIn")),
                         ShortcutsDialog::MenuColumn)->text(),
             QStringLiteral("View"));
    // A submenu is named with the menus it is in.
    QCOMPARE(WindowMenus::path(MenuId::Compare), QStringLiteral("View ▸ Compare"));

    // The same dialog comes to the front when asked again.
    m_window->action(ActionId::KeyboardShortcuts)->trigger();
    QCOMPARE(m_window->findChildren<ShortcutsDialog *>().size(), 1);
}

void TestHelp::shortcutsDialogFollowsALanguageSwitch()
{
    m_window->action(ActionId::KeyboardShortcuts)->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    const QString englishTitle = dialog->windowTitle();
    const QStringList englishCommands = columnTexts(table, ShortcutsDialog::CommandColumn);
    const QStringList englishMenus = columnTexts(table, ShortcutsDialog::MenuColumn);
    const QString englishHeader = table->horizontalHeaderItem(ShortcutsDialog::CommandColumn)->text();

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QCOMPARE(table->rowCount(), englishCommands.size());
    QVERIFY(dialog->windowTitle() != englishTitle);
    QVERIFY(table->horizontalHeaderItem(ShortcutsDialog::CommandColumn)->text() != englishHeader);
    const QStringList chineseCommands = columnTexts(table, ShortcutsDialog::CommandColumn);
    const QStringList chineseMenus = columnTexts(table, ShortcutsDialog::MenuColumn);
    for (int row = 0; row < table->rowCount(); ++row) {
        QVERIFY2(chineseCommands.at(row) != englishCommands.at(row),
                 qPrintable(chineseCommands.at(row)));
        QVERIFY2(chineseMenus.at(row) != englishMenus.at(row), qPrintable(chineseMenus.at(row)));
        // "打开(&O)…" is listed as "打开…": the Latin mnemonic is not part of the name.
        QVERIFY2(!chineseCommands.at(row).contains(QLatin1Char('(')),
                 qPrintable(chineseCommands.at(row)));
        QVERIFY2(!chineseMenus.at(row).contains(QLatin1Char('(')),
                 qPrintable(chineseMenus.at(row)));
    }
    const QString open = chineseCommands.at(shortcutRow(table, QStringLiteral("open")));
    QCOMPARE(open, ActionTable::withoutMnemonic(m_window->action(ActionId::Open)->text()));

    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(columnTexts(table, ShortcutsDialog::CommandColumn), englishCommands);
    QCOMPARE(dialog->windowTitle(), englishTitle);
}

void TestHelp::shortcutsDialogSaysWhichOfTwoRowsWithOneKeyWorksInPresenterMode()
{
    // Presenter mode gives Ctrl+- and Ctrl+0 to the text size: the zoom's rows and the
    // text size's rows share a key, and the "When" column tells them apart.
    m_window->action(ActionId::KeyboardShortcuts)->trigger();
    auto *dialog = m_window->findChild<ShortcutsDialog *>();
    QVERIFY(dialog);
    auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
    QVERIFY(table);
    auto check = [&] {
        QHash<QString, QList<int>> rowsOfKey;
        for (int row = 0; row < table->rowCount(); ++row) {
            const QStringList keys = table->item(row, ShortcutsDialog::KeysColumn)->text().split(QStringLiteral(", "));
            for (const QString &key : keys)
                rowsOfKey[key].append(row);
        }
        int shared = 0;
        for (auto it = rowsOfKey.cbegin(); it != rowsOfKey.cend(); ++it) {
            if (it.value().size() < 2)
                continue;
            ++shared;
            QStringList whens;
            for (int row : it.value())
                whens.append(table->item(row, ShortcutsDialog::WhenColumn)->text());
            QVERIFY2(!whens.contains(QString()), qPrintable(it.key() + QStringLiteral(": ") + whens.join(u'|')));
            QCOMPARE(QSet<QString>(whens.cbegin(), whens.cend()).size(), whens.size());
        }
        QVERIFY(shared >= 2); // Ctrl+- and Ctrl+0
        const int smaller = shortcutRow(table, QStringLiteral("textSmaller"));
        const int zoomOut = shortcutRow(table, QStringLiteral("zoomOut"));
        QCOMPARE(table->item(smaller, ShortcutsDialog::WhenColumn)->text(),
                 ShortcutsDialog::scopeText(KeyScope::InPresenterMode));
        QCOMPARE(table->item(zoomOut, ShortcutsDialog::WhenColumn)->text(),
                 ShortcutsDialog::scopeText(KeyScope::OutsidePresenterMode));
        QCOMPARE(table->item(shortcutRow(table, QStringLiteral("open")), ShortcutsDialog::WhenColumn)->text(),
                 QString());
    };
    check();
    const QString english = table->item(shortcutRow(table, QStringLiteral("textSmaller")),
                                        ShortcutsDialog::WhenColumn)->text();
    QCOMPARE(english, QStringLiteral("In presenter mode"));
    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    check();
    QVERIFY(table->item(shortcutRow(table, QStringLiteral("textSmaller")), ShortcutsDialog::WhenColumn)->text()
            != english);
    QVERIFY(table->horizontalHeaderItem(ShortcutsDialog::WhenColumn)->text() != QStringLiteral("When"));
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
}

// --- Help ▸ Scenario File Format -------------------------------------------------------

void TestHelp::scenarioFormatShowsTheEmbeddedReference()
{
    QFile source(QStringLiteral(TCPLAB_SOURCE_DIR "/docs/scenario-format.md"));
    QVERIFY(source.open(QIODevice::ReadOnly));
    QFile embedded(ScenarioFormatDialog::documentPath());
    QVERIFY(embedded.open(QIODevice::ReadOnly));
    QCOMPARE(embedded.readAll(), source.readAll());

    QVERIFY(triggerFromMenu(m_window.get(), QStringLiteral("helpMenu"),
                            QStringLiteral("scenarioFormat")));
    auto *dialog = m_window->findChild<ScenarioFormatDialog *>();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QVERIFY(!dialog->isModal());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Scenario File Format"));
    auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("scenarioFormatText"));
    QVERIFY(text);
    // Rendered as Markdown: the headings are headings, the markup is gone.
    const QString plain = text->toPlainText();
    QVERIFY(plain.startsWith(QStringLiteral("tcplab scenario files (format version 2)")));
    QVERIFY(plain.contains(QStringLiteral("\"syn_retries\"")));
    QVERIFY(!plain.contains(QStringLiteral("## Errors")));
    QVERIFY(text->document()->begin().blockFormat().headingLevel() == 1);
    // English needs no note that the reference is English.
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("englishOnlyNote"))->isHidden());
}

void TestHelp::scenarioFormatLinksLeadToTheirHeadings()
{
    m_window->action(ActionId::ScenarioFormat)->trigger();
    auto *dialog = m_window->findChild<ScenarioFormatDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *text = dialog->findChild<QTextBrowser *>(QStringLiteral("scenarioFormatText"));
    QCOMPARE(text->verticalScrollBar()->value(), 0);
    // The document's own link, "[Errors](#errors)", as a click on it would follow it.
    text->setSource(QUrl(QStringLiteral("#errors")));
    QTRY_VERIFY(text->verticalScrollBar()->value() > 0);
    const QTextCursor top = text->cursorForPosition(QPoint(4, 4));
    QVERIFY2(top.block().text().contains(QStringLiteral("Errors")), qPrintable(top.block().text()));
    QVERIFY(text->toPlainText().startsWith(QStringLiteral("tcplab scenario files")));
}

void TestHelp::scenarioFormatSaysInChineseThatTheReferenceIsEnglish()
{
    m_window->action(ActionId::ScenarioFormat)->trigger();
    auto *dialog = m_window->findChild<ScenarioFormatDialog *>();
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    auto *note = dialog->findChild<QLabel *>(QStringLiteral("englishOnlyNote"));
    const QString englishTitle = dialog->windowTitle();

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QVERIFY(dialog->windowTitle() != englishTitle);
    QVERIFY(!dialog->windowTitle().isEmpty());
    QVERIFY(note->isVisible());
    QVERIFY(!note->text().isEmpty());
    QVERIFY(note->text() != QStringLiteral("This reference is written in English only."));

    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    QCOMPARE(dialog->windowTitle(), englishTitle);
    QVERIFY(note->isHidden());
}

// --- Help ▸ What's This ----------------------------------------------------------------

void TestHelp::whatsThisActionEntersWhatsThisMode()
{
    QVERIFY(!QWhatsThis::inWhatsThisMode());
    QVERIFY(triggerFromMenu(m_window.get(), QStringLiteral("helpMenu"),
                            QStringLiteral("whatsThis")));
    QVERIFY(QWhatsThis::inWhatsThisMode());
    QWhatsThis::leaveWhatsThisMode();
}

void TestHelp::everyMainPanelHasAWhatsThisTextInBothLanguages()
{
    const QStringList required = {
        QStringLiteral("sequenceDiagram"), QStringLiteral("stateDock"),
        QStringLiteral("endpointDock"),    QStringLiteral("socketDock"),
        QStringLiteral("inspectorDock"),   QStringLiteral("narrationDock"),
        QStringLiteral("faultDock"),       QStringLiteral("settingsDock"),
        QStringLiteral("scenarioDock"),    QStringLiteral("playbackToolBar")};
    for (const QString &name : required)
        QVERIFY2(WhatsThisTexts::objectNames().contains(name), qPrintable(name));

    QHash<QString, QString> english;
    for (const QString &name : WhatsThisTexts::objectNames()) {
        auto *widget = m_window->findChild<QWidget *>(name);
        QVERIFY2(widget, qPrintable(name));
        QVERIFY2(widget->whatsThis().size() > 80, qPrintable(name));
        english.insert(name, widget->whatsThis());
    }

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    for (const QString &name : WhatsThisTexts::objectNames()) {
        const QString chinese = m_window->findChild<QWidget *>(name)->whatsThis();
        QVERIFY2(!chinese.isEmpty() && chinese != english.value(name), qPrintable(name));
    }
    m_window->setLanguage(QStringLiteral("en"));
    QCoreApplication::processEvents();
    for (const QString &name : WhatsThisTexts::objectNames())
        QCOMPARE(m_window->findChild<QWidget *>(name)->whatsThis(), english.value(name));
}

void TestHelp::whatsThisClickOnAPanelShowsItsText()
{
    // The state diagram's dock has the text; the click lands on the diagram inside it.
    auto *dock = m_window->findChild<QWidget *>(QStringLiteral("stateDock"));
    QVERIFY(dock);
    QWidget *inside = dock->childAt(dock->rect().center());
    QVERIFY(inside && inside != dock);
    QVERIFY(inside->whatsThis().isEmpty());

    QWhatsThis::enterWhatsThisMode();
    QTest::mouseClick(inside, Qt::LeftButton, Qt::NoModifier, inside->rect().center());
    QVERIFY(!QWhatsThis::inWhatsThisMode());
    // Qt shows the text in a popup of its own (class QWhatsThat).
    QWidget *popup = nullptr;
    QTRY_VERIFY((popup = [] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            if (w->isVisible() && QLatin1String(w->metaObject()->className()) == "QWhatsThat")
                return w;
        }
        return static_cast<QWidget *>(nullptr);
    }()));
    QWhatsThis::hideText();
}

// --- the welcome -----------------------------------------------------------------------

void TestHelp::welcomeShowsOnFirstStartAndFollowsTheLanguage()
{
    QPointer<WelcomeBanner> banner = WelcomeBanner::showUnlessDismissed(m_window.get());
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
    QVERIFY(!banner->isWindow()); // in the window, not a dialog of its own
    QVERIFY(QApplication::activeModalWidget() == nullptr);
    // Over the diagram, inside the window.
    QVERIFY(m_window->centralWidget()->geometry().contains(banner->geometry()));
    QStringList englishTexts;
    for (QLabel *label : banner->findChildren<QLabel *>())
        englishTexts.append(label->text());
    const QString all = englishTexts.join(QLatin1Char('\n'));
    QVERIFY(all.contains(QStringLiteral("Scenarios")));
    QVERIFY(all.contains(QStringLiteral("Space")));
    QVERIFY(all.contains(QStringLiteral("Right-click")));

    // The keys still work: Space plays.
    m_window->playback()->toStart();
    m_window->activateWindow();
    QTest::keyClick(m_window.get(), Qt::Key_Space);
    QVERIFY(m_window->playback()->isPlaying());
    m_window->playback()->pause();

    m_window->setLanguage(QStringLiteral("zh_CN"));
    QCoreApplication::processEvents();
    QStringList chineseTexts;
    for (QLabel *label : banner->findChildren<QLabel *>())
        chineseTexts.append(label->text());
    QCOMPARE(chineseTexts.size(), englishTexts.size());
    for (int i = 0; i < chineseTexts.size(); ++i)
        QVERIFY2(chineseTexts.at(i) != englishTexts.at(i), qPrintable(chineseTexts.at(i)));
    QVERIFY(m_window->centralWidget()->geometry().contains(banner->geometry()));
}

void TestHelp::welcomeDismissedForGoodStaysDismissedAfterARestart()
{
    QPointer<WelcomeBanner> banner = WelcomeBanner::showUnlessDismissed(m_window.get());
    QVERIFY(banner);
    auto *never = banner->findChild<QPushButton *>(QStringLiteral("welcomeDontShowAgain"));
    QVERIFY(never);
    QTest::mouseClick(never, Qt::LeftButton);
    QTRY_VERIFY(!banner);
    QVERIFY(WelcomeBanner::isDismissedForGood());

    restartWindow();
    QVERIFY(!WelcomeBanner::showUnlessDismissed(m_window.get()));
    QVERIFY(!m_window->findChild<WelcomeBanner *>());
}

void TestHelp::welcomeClosedForNowComesBackNextStart()
{
    QPointer<WelcomeBanner> banner = WelcomeBanner::showUnlessDismissed(m_window.get());
    QVERIFY(banner);
    QTest::mouseClick(banner->findChild<QPushButton *>(QStringLiteral("welcomeClose")),
                      Qt::LeftButton);
    QTRY_VERIFY(!banner);
    QVERIFY(!WelcomeBanner::isDismissedForGood());

    restartWindow();
    banner = WelcomeBanner::showUnlessDismissed(m_window.get());
    QVERIFY(banner);
    QVERIFY(banner->isVisible());
}

// --- settings --------------------------------------------------------------------------

void TestHelp::corruptSettingsFileIsSetAsideWithAMessage()
{
    m_window->close();
    m_window.reset();
    const QString file = settingsFile();
    const QByteArray garbage("\xff\xfe this is not a settings file [[[\n\x01\x02=\n");
    writeFile(file, garbage);

    const QString aside = SettingsFileCheck::setAsideIfUnreadable();
    QVERIFY2(aside.startsWith(file + QStringLiteral(".corrupt-")), qPrintable(aside));
    QVERIFY(!QFileInfo::exists(file));
    QFile kept(aside);
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), garbage);

    // The program goes on with a settings file of its own.
    {
        QSettings settings;
        QCOMPARE(settings.status(), QSettings::NoError);
        settings.setValue(QStringLiteral("speed"), 2.0);
    }
    QCOMPARE(QSettings().value(QStringLiteral("speed")).toDouble(), 2.0);

    restartWindow();
    QPointer<QMessageBox> box = SettingsFileCheck::showSetAsideMessage(aside, m_window.get());
    QVERIFY(box);
    QVERIFY(QTest::qWaitForWindowExposed(box));
    QVERIFY(box->text().contains(QDir::toNativeSeparators(aside)));
    // It blocks nothing but the window: the test goes on, the box closes with its button.
    box->button(QMessageBox::Ok)->click();
    QTRY_VERIFY(!box);
    QFile::remove(aside);
}

void TestHelp::readableSettingsFileIsLeftAlone()
{
    QSettings().setValue(QStringLiteral("speed"), 1.0);
    QSettings().sync();
    QVERIFY(SettingsFileCheck::setAsideIfUnreadable().isEmpty());
    QVERIFY(QFileInfo::exists(settingsFile()));
    QCOMPARE(QSettings().value(QStringLiteral("speed")).toDouble(), 1.0);
}

void TestHelp::nanSpeedInSettingsFallsBackToTheDefaultAndPlays()
{
    m_window->close();
    m_window.reset();
    writeFile(settingsFile(), "[General]\nspeed=nan\n");
    QCOMPARE(QSettings().value(QStringLiteral("speed")).toString(), QStringLiteral("nan"));

    restartWindow();
    QCOMPARE(m_window->playback()->speed(), SettingsValues::defaultSpeed);
    PlaybackController *playback = m_window->playback();
    playback->toStart();
    playback->play();
    QTRY_VERIFY(playback->time() > 0);
    playback->pause();
}

void TestHelp::outOfRangeSpeedAndGarbageFlagsFallBackToDefaults()
{
    m_window->close();
    m_window.reset();
    writeFile(settingsFile(),
              "[General]\nspeed=1e300\nskipQuiet=banana\nshowFuture=false\n");
    restartWindow();
    QCOMPARE(m_window->playback()->speed(), SettingsValues::defaultSpeed);
    QVERIFY(m_window->action(ActionId::SkipQuiet)->isChecked()); // default
    QVERIFY(!m_window->action(ActionId::ShowFuture)->isChecked()); // as written

    QSettings settings;
    settings.setValue(QStringLiteral("speed"), -3);
    QCOMPARE(SettingsValues::playbackSpeed(settings), SettingsValues::defaultSpeed);
    settings.setValue(QStringLiteral("speed"), QStringLiteral("fast"));
    QCOMPARE(SettingsValues::playbackSpeed(settings), SettingsValues::defaultSpeed);
    settings.setValue(QStringLiteral("speed"), 2.5);
    QCOMPARE(SettingsValues::playbackSpeed(settings), 2.5);
}

void TestHelp::fileDialogsStartInTheDocumentsFolderWithoutALastFolder()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString expected = QFileInfo(documents).isDir() ? documents : QDir::homePath();
    QVERIFY(!QSettings().contains(QStringLiteral("lastDirectory")));
    QCOMPARE(ScenarioFileDialogs::startDirectory(), expected);
    // A folder that is gone since counts as none.
    QSettings().setValue(QStringLiteral("lastDirectory"), m_dir.filePath(QStringLiteral("gone")));
    QCOMPARE(ScenarioFileDialogs::startDirectory(), expected);

    // The real File ▸ Open dialog opens there.
    QString shownDirectory;
    QTimer poll;
    connect(&poll, &QTimer::timeout, this, [&] {
        if (auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())) {
            shownDirectory = dialog->directory().absolutePath();
            dialog->reject();
        }
    });
    poll.start(50);
    QVERIFY(ScenarioFileDialogs::askOpenPath(m_window.get()).isEmpty());
    poll.stop();
    QCOMPARE(QDir(shownDirectory).canonicalPath(), QDir(expected).canonicalPath());
}

void TestHelp::fileDialogsStartInTheLastFolderWhileItExists()
{
    const QString last = m_dir.filePath(QStringLiteral("lessons"));
    QVERIFY(QDir().mkpath(last));
    QSettings().setValue(QStringLiteral("lastDirectory"), last);
    QCOMPARE(ScenarioFileDialogs::startDirectory(), last);
}

void TestHelp::recentFilesListTheSavedFileAndOpenIt()
{
    const QString path = m_dir.filePath(QStringLiteral("recent.json"));
    QVERIFY(m_window->saveAs(path));
    QVERIFY(m_window->openBuiltin(QStringLiteral("lost-syn")));

    QMenu *recent = menuNamed(m_window.get(), QStringLiteral("recentMenu"));
    QVERIFY(recent);
    emit recent->aboutToShow();
    QAction *entry = nullptr;
    for (QAction *a : recent->actions()) {
        if (a->text() == QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()))
            entry = a;
    }
    QVERIFY(entry);
    QVERIFY(entry->isEnabled());
    entry->trigger();
    QCOMPARE(QFileInfo(m_window->document()->filePath()).absoluteFilePath(),
             QFileInfo(path).absoluteFilePath());

    // Remembered across a restart.
    restartWindow();
    recent = menuNamed(m_window.get(), QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    QCOMPARE(recent->actions().first()->text(),
             QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
}

void TestHelp::recentFilesIgnoreEmptyAndRepeatedEntries()
{
    const QString a = m_dir.filePath(QStringLiteral("a.json"));
    const QString b = m_dir.filePath(QStringLiteral("b.json"));
    QSettings().setValue(QStringLiteral("recentFiles"), QStringList{a, QString(), a, b});
    QCOMPARE(SettingsValues::filePaths(QSettings(), QStringLiteral("recentFiles"),
                                       RecentFilesMenu::maxFiles),
             (QStringList{a, b}));
    QStringList many;
    for (int i = 0; i < 20; ++i)
        many.append(m_dir.filePath(QStringLiteral("%1.json").arg(i)));
    QSettings().setValue(QStringLiteral("recentFiles"), many);
    restartWindow();
    QMenu *recent = menuNamed(m_window.get(), QStringLiteral("recentMenu"));
    emit recent->aboutToShow();
    int files = 0;
    for (QAction *action : recent->actions())
        files += action->text().endsWith(QStringLiteral(".json")) ? 1 : 0;
    QCOMPARE(files, RecentFilesMenu::maxFiles);
}

// --- the program -----------------------------------------------------------------------

void TestHelp::helpWorksWithoutADisplay()
{
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(QStringLiteral(TCPLAB_GUI_PATH), {QStringLiteral("--help"),
                                                    QStringLiteral("--lang=en")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    const QString err = QString::fromUtf8(process.readAllStandardError());
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, qPrintable(err));
    const QString out = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY2(out.contains(QStringLiteral("--scenario")), qPrintable(out));
    QVERIFY(out.contains(QStringLiteral("--screenshot")));
    QVERIFY(out.contains(QStringLiteral("--welcome")));
    QVERIFY(out.contains(QStringLiteral("TCP Connection Lab")));

    // In Chinese when asked.
    process.start(QStringLiteral(TCPLAB_GUI_PATH), {QStringLiteral("--lang=zh_CN"),
                                                    QStringLiteral("-h")});
    QVERIFY(process.waitForFinished(60000));
    QCOMPARE(process.exitCode(), 0);
    const QString chinese = QString::fromUtf8(process.readAllStandardOutput());
    QVERIFY(chinese.contains(QStringLiteral("--scenario")));
    QVERIFY2(chinese != out, qPrintable(chinese));
}

void TestHelp::versionWorksWithoutADisplay()
{
    QProcess process;
    process.setProcessEnvironment(withoutDisplay());
    process.start(QStringLiteral(TCPLAB_GUI_PATH), {QStringLiteral("--version")});
    QVERIFY2(process.waitForFinished(60000), qPrintable(process.errorString()));
    QCOMPARE(process.exitStatus(), QProcess::NormalExit);
    QVERIFY2(process.exitCode() == 0, process.readAllStandardError().constData());
    QCOMPARE(QString::fromUtf8(process.readAllStandardOutput()),
             QStringLiteral("tcplab " TCPLAB_PROJECT_VERSION "\n"));
}

void TestHelp::screenshotShowsTheWelcomeOnlyWhenAsked()
{
    auto screenshot = [this](const QString &name, const QStringList &extra) {
        const QString path = m_dir.filePath(name);
        QProcess process;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(TCPLAB_GUI_PATH),
                      QStringList{QStringLiteral("--lang=en"), QStringLiteral("--screenshot"), path,
                                  QStringLiteral("--size=1200x800")}
                          + extra);
        if (!process.waitForFinished(120000) || process.exitCode() != 0)
            return QImage();
        return QImage(path);
    };
    const QImage plain = screenshot(QStringLiteral("plain.png"), {});
    const QImage again = screenshot(QStringLiteral("again.png"), {});
    const QImage welcome = screenshot(QStringLiteral("welcome.png"), {QStringLiteral("--welcome")});
    QVERIFY(!plain.isNull() && !again.isNull() && !welcome.isNull());
    QCOMPARE(plain.size(), welcome.size());
    // The same run twice gives the same picture but for the status bar, which tells how long
    // the simulation took; asking for the welcome changes it.
    const QRect aboveStatusBar(0, 0, plain.width(), plain.height() - 40);
    QCOMPARE(again.copy(aboveStatusBar), plain.copy(aboveStatusBar));
    QVERIFY(welcome.copy(aboveStatusBar) != plain.copy(aboveStatusBar));
}

QTEST_MAIN(TestHelp)
#include "tst_help.moc"
