#pragma once

#include "capture/capture_importer.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace tcplab {

// File ▸ Open Capture…: the capture's TCP connections as a table like Wireshark's
// Conversations (endpoints, packets each way, bytes, start, duration, how each ended),
// with what the reader skipped said below it, and the connection to show chosen by a
// double click or OK.
class ConnectionChooserDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionChooserDialog(const QString &path, const CaptureImporter::Listing &listing,
                            QWidget *parent = nullptr);

    // The chosen connection's number (1-based, the table's # column).
    int chosenConnection() const;
    QTableWidget *table() const { return m_table; }
    // "9 frames, 9 TCP segments in 1 connection. 412 packets were not TCP; 3 truncated."
    QString summaryText() const;

    // The sentence about the frames the reader skipped, in the window's language, or ""
    // when every frame was a usable TCP segment.
    static QString skippedText(const CaptureReadStats &stats);
    // "FIN both ways", "RST", … in the window's language.
    static QString endingText(ConversationEnding ending);

private:
    QTableWidget *m_table;
    QLabel *m_summary;
};

} // namespace tcplab
