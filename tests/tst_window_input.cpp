// The window driven as a learner drives it, not through its slots: keys pressed on the
// window (Space, Left/Right, Home/End, Ctrl+Z, Ctrl+Shift+Z, Ctrl+Y, Ctrl+E, Ctrl+Shift+C),
// menu items clicked in the menus of the menu bar, an arrow dragged in the diagram with the
// mouse, numbers typed into dialogs. Each test checks what the window shows: the time
// readout, the play button's text, the fault list, the window title, the status line.

#include "export/export_dialog.h"
#include "language_manager.h"
#include "main_window.h"
#include "playback_controller.h"
#include "scenario_document.h"
#include "sequence/sequence_diagram_view.h"
#include "sequence/sequence_layout.h"
#include "isolated_settings.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QFileInfo>
#include <QImage>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace tcplab;

namespace {

// Runs `answer` on the modal dialog the next call opens, once it is shown.
void whenADialogOpens(QObject *context, std::function<void(QWidget *)> answer)
{
    auto tries = std::make_shared<int>(0);
    auto check = std::make_shared<std::function<void()>>();
    *check = [context, answer, tries, check] {
        if (QWidget *dialog = QApplication::activeModalWidget()) {
            answer(dialog);
            return;
        }
        if (++*tries < 200)
            QTimer::singleShot(10, context, *check);
    };
    QTimer::singleShot(0, context, *check);
}

} // namespace

class TestWindowInput : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        isolateSettings(QStringLiteral("tst_window_input"), m_dir.path());
        m_language = std::make_unique<LanguageManager>();
        m_language->setLanguage(QStringLiteral("en"));
    }

    void init()
    {
        QSettings().clear();
        QSettings().setValue(QStringLiteral("welcomeDismissed"), true);
        m_window = std::make_unique<MainWindow>(m_language.get());
        m_window->fitToScreen(QRect(0, 0, 1366, 736));
        QVERIFY(m_window->openBuiltin(QStringLiteral("handshake-and-close")));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    }

    void cleanup()
    {
        m_window->document()->undoStack()->clear();
        m_window.reset();
    }

    void spaceStartsAndStopsPlaying()
    {
        QAction *play = action("playPause");
        QCOMPARE(play->text(), QStringLiteral("Play"));
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QCOMPARE(play->text(), QStringLiteral("Pause"));
        QTest::keyClick(m_window.get(), Qt::Key_Space);
        QCOMPARE(play->text(), QStringLiteral("Play"));
    }

    // Hours read as hours in the readout too, as on the time axis.
    void readoutWritesALongRunInHoursMinutesAndSeconds()
    {
        QVERIFY(m_window->openBuiltin(QStringLiteral("keepalive-dead-peer")));
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(readout(), QStringLiteral("2 h 11 min 15.4 s / 2 h 11 min 15.4 s"));
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(readout(), QStringLiteral("0.000 s / 2 h 11 min 15.4 s"));
    }

    void homeEndAndArrowsMoveThePlayheadShownInTheReadout()
    {
        const QString end = endText();
        QTest::keyClick(m_window.get(), Qt::Key_End);
        QCOMPARE(readout(), end + QStringLiteral(" / ") + end);
        QTest::keyClick(m_window.get(), Qt::Key_Home);
        QCOMPARE(readout(), QStringLiteral("0.000 s / ") + end);
        // Right goes to the next event, Left back to where it was.
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        const QString first = readout();
        QVERIFY2(first != QStringLiteral("0.000 s / ") + end, qPrintable(first));
        QTest::keyClick(m_window.get(), Qt::Key_Right);
        QVERIFY(readout() != first);
        QTest::keyClick(m_window.get(), Qt::Key_Left);
        QCOMPARE(readout(), first);
    }

    void draggedArrowBecomesAFaultThatTheUndoKeysTakeAndGive()
    {
        QListWidget *faults = m_window->findChild<QListWidget *>(QStringLiteral("faultList"));
        QVERIFY(faults);
        QCOMPARE(faults->count(), 0);
        QVERIFY(!m_window->isWindowModified());

        // Drag the SYN's arrow head down in the diagram: the segment arrives later.
        SequenceDiagramView *view = m_window->sequenceView();
        const ArrowGeometry *syn = view->diagramLayout().arrowForSegment(0);
        QVERIFY(syn);
        const QPoint head = view->toViewport(syn->p2 - QPointF(0, 1));
        QVERIFY(view->viewport()->rect().contains(head));
        const QPoint target = head + QPoint(0, 60);
        QTest::mousePress(view->viewport(), Qt::LeftButton, {}, head);
        QTest::mouseMove(view->viewport(), head + QPoint(0, 20));
        QTest::mouseMove(view->viewport(), target);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, {}, target);

        QCOMPARE(faults->count(), 1);
        const QString fault = faults->item(0)->text();
        QVERIFY2(fault.startsWith(QLatin1String("Delay ")) && fault.contains(QLatin1String(" ms")), qPrintable(fault));
        QVERIFY(m_window->isWindowModified());
        QVERIFY(m_window->windowTitle().contains(QLatin1String("[*]")));

        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(faults->count(), 0);
        QVERIFY(!m_window->isWindowModified());
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(faults->count(), 1);
        QCOMPARE(faults->item(0)->text(), fault);
        QTest::keyClick(m_window.get(), Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(faults->count(), 0);
        QTest::keyClick(m_window.get(), Qt::Key_Y, Qt::ControlModifier);
        QCOMPARE(faults->count(), 1);
        QCOMPARE(faults->item(0)->text(), fault);
    }

    void menuItemsClickedInTheMenuBarMoveThePlayhead()
    {
        const QString end = endText();
        clickMenuItem("playbackMenu", "toEnd");
        QCOMPARE(readout(), end + QStringLiteral(" / ") + end);
        clickMenuItem("playbackMenu", "toStart");
        QCOMPARE(readout(), QStringLiteral("0.000 s / ") + end);
        clickMenuItem("playbackMenu", "stepForward");
        QVERIFY(readout() != QStringLiteral("0.000 s / ") + end);
    }

    void delayTypedIntoTheDialogIsTheDelayListed()
    {
        // Right-click menu ▸ Delay…: the learner types 250 and presses Enter.
        bool typed = false;
        whenADialogOpens(this, [&typed](QWidget *dialog) {
            auto *input = qobject_cast<QInputDialog *>(dialog);
            if (!input)
                return;
            QSpinBox *box = input->findChild<QSpinBox *>();
            QLineEdit *edit = box ? box->findChild<QLineEdit *>() : nullptr;
            if (!edit)
                return;
            edit->selectAll();
            QTest::keyClicks(edit, QStringLiteral("250"));
            QTest::keyClick(edit, Qt::Key_Return);
            typed = true;
        });
        std::unique_ptr<QMenu> menu(m_window->createSegmentMenu(0));
        QVERIFY(menu);
        QAction *delay = menu->findChild<QAction *>(QStringLiteral("delaySegment"));
        QVERIFY(delay);
        delay->trigger();
        QVERIFY(typed);
        auto *faults = m_window->findChild<QListWidget *>(QStringLiteral("faultList"));
        QCOMPARE(faults->count(), 1);
        QVERIFY2(faults->item(0)->text().endsWith(QLatin1String(" by 250 ms")), qPrintable(faults->item(0)->text()));
    }

    void ctrlEOpensTheExportDialogAndTheTypedPathIsWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("typed.png"));
        bool answered = false;
        whenADialogOpens(this, [&](QWidget *dialog) {
            auto *exportDialog = qobject_cast<ExportDialog *>(dialog);
            if (!exportDialog)
                return;
            auto *pathEdit = exportDialog->findChild<QLineEdit *>(QStringLiteral("path"));
            auto *button = exportDialog->findChild<QPushButton *>(QStringLiteral("exportButton"));
            if (!pathEdit || !button)
                return;
            answered = true;
            exportDialog->setStepSeries(false);
            pathEdit->selectAll();
            QTest::keyClicks(pathEdit, path);
            QTest::mouseClick(button, Qt::LeftButton);
            if (exportDialog->isVisible()) // the export failed: do not hang the test
                exportDialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_E, Qt::ControlModifier);
        QVERIFY(answered);
        QVERIFY(QFileInfo(path).size() > 0);
        QVERIFY(!QImage(path).isNull());
        QVERIFY2(m_window->statusBar()->currentMessage().contains(QFileInfo(path).fileName()),
                 qPrintable(m_window->statusBar()->currentMessage()));
    }

    void ctrlShiftCPutsTheDiagramOnTheClipboard()
    {
        QApplication::clipboard()->clear();
        QTest::keyClick(m_window.get(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(m_window->statusBar()->currentMessage(), QStringLiteral("The diagram is on the clipboard."));
        const QImage image = QApplication::clipboard()->image();
        QVERIFY(!image.isNull());
        QVERIFY(image.height() > 100);
    }

private:
    QAction *action(const char *name) const
    {
        return m_window->findChild<QAction *>(QLatin1String(name));
    }
    QString readout() const
    {
        return m_window->findChild<QLabel *>(QStringLiteral("timeReadout"))->text();
    }
    // The end of the run as the readout writes it: "2.345 s".
    QString endText() const
    {
        const QString text = readout();
        return text.section(QStringLiteral(" / "), 1);
    }
    // Opens the menu of the menu bar and clicks the item, as a mouse would.
    void clickMenuItem(const char *menuName, const char *actionName)
    {
        QMenuBar *bar = m_window->menuBar();
        auto *menu = bar->findChild<QMenu *>(QLatin1String(menuName));
        QVERIFY2(menu, menuName);
        QAction *item = nullptr;
        for (QAction *a : menu->actions()) {
            if (a->objectName() == QLatin1String(actionName))
                item = a;
        }
        QVERIFY2(item, actionName);
        QTest::mouseClick(bar, Qt::LeftButton, {}, bar->actionGeometry(menu->menuAction()).center());
        QTRY_VERIFY(menu->isVisible());
        QTest::mouseClick(menu, Qt::LeftButton, {}, menu->actionGeometry(item).center());
        QTRY_VERIFY(!menu->isVisible());
    }

    std::unique_ptr<LanguageManager> m_language;
    std::unique_ptr<MainWindow> m_window;
    QTemporaryDir m_dir;
};

QTEST_MAIN(TestWindowInput)
#include "tst_window_input.moc"
