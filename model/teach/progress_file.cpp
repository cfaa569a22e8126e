#include "teach/progress_file.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QSaveFile>
#include <QStandardPaths>

namespace tcplab {

QString ProgressFile::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/progress.json");
}

ProgressFile::ProgressFile(const QString &path)
    : m_path(path)
{
}

ProgressFile::LoadResult ProgressFile::load(
    const std::function<bool(const QString &)> &isKnownScenario) const
{
    const QFileInfo info(m_path);
    // exists() follows links; a dangling link is something at the path all the same.
    if (!info.exists() && !info.isSymLink())
        return {};
    if (!info.isFile())
        return setAside(Problem::NotARegularFile, QString());
    if (info.size() > maxSize)
        return setAside(Problem::TooLarge, QString::number(info.size()));
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return setAside(Problem::CannotRead, file.errorString());
    const QByteArray bytes = file.read(maxSize + 1);
    if (file.error() != QFileDevice::NoError)
        return setAside(Problem::CannotRead, file.errorString());
    file.close();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return setAside(Problem::NotJson, parseError.errorString());
    if (!document.isObject())
        return setAside(Problem::NotJson, QStringLiteral("not a JSON object"));
    QString error;
    const std::optional<LearnerProgress> progress =
        LearnerProgress::fromJson(document.object(), isKnownScenario, &error);
    if (!progress)
        return setAside(Problem::WrongContent, error);
    LoadResult result;
    result.progress = *progress;
    result.found = true;
    return result;
}

ProgressFile::LoadResult ProgressFile::setAside(Problem problem, const QString &detail) const
{
    LoadResult result;
    result.found = true;
    result.problem = problem;
    result.detail = detail;
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = m_path + QStringLiteral(".corrupt-") + stamp;
    for (int n = 2; QFileInfo::exists(aside) || QFileInfo(aside).isSymLink(); ++n)
        aside = m_path + QStringLiteral(".corrupt-%1-%2").arg(stamp).arg(n);
    // QFile::rename copies a file it cannot rename; a plain rename moves directories too.
    if (QDir().rename(m_path, aside))
        result.setAsidePath = aside;
    return result;
}

bool ProgressFile::save(const LearnerProgress &progress, QString *error) const
{
    const QString directory = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(directory)) {
        *error = QStringLiteral("cannot make the directory %1").arg(QDir::toNativeSeparators(directory));
        return false;
    }
    QSaveFile file(m_path);
    if (!file.open(QIODevice::WriteOnly)) {
        *error = file.errorString();
        return false;
    }
    file.write(QJsonDocument(progress.toJson()).toJson(QJsonDocument::Indented));
    // commit() is where a full disk or a failed rename shows; until then the old file stands.
    if (!file.commit()) {
        *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tcplab
