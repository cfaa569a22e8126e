#pragma once

#include <QString>

namespace tcplab {

// The --lang option of the commands that print or draw words: the window's catalogues.
namespace CliLanguage {

// "en" or "zh_CN".
bool isKnown(const QString &lang);
// Installs the catalogue :/i18n/tcplab_LANG; on failure returns false with *error set.
bool install(const QString &lang, QString *error);

} // namespace CliLanguage
} // namespace tcplab
