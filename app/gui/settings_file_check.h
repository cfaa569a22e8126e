#pragma once

#include <QCoreApplication>
#include <QString>

class QMessageBox;
class QWidget;

namespace tcplab {

// A settings file QSettings cannot read (a crash half-way through writing it, a disk error,
// a person's edit) would lose the learner's settings silently and keep failing. Before
// anything reads the settings, the file is moved aside, renamed with the time, so that the
// program starts with defaults and the old file can still be looked at.
class SettingsFileCheck
{
    Q_DECLARE_TR_FUNCTIONS(tcplab::SettingsFileCheck)
public:
    // Must come before any other QSettings of the process reads the file: QSettings reports
    // a format error only to the first reader of each version of the file. Returns the new name of a file it moved, or
    // an empty string when the file was fine (or missing).
    static QString setAsideIfUnreadable();
    // Tells the learner where the old file went, without blocking: the box is window-modal
    // and opened, not executed, and deletes itself when closed.
    static QMessageBox *showSetAsideMessage(const QString &setAsidePath, QWidget *parent);
};

} // namespace tcplab
