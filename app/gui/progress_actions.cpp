#include "progress_actions.h"

#include "action_table.h"
#include "language_manager.h"
#include "predict_mode.h"
#include "progress_store.h"
#include "scenario/scenario_library.h"
#include "scenario_browser.h"
#include "scenario_document.h"
#include "teach/question_keys.h"
#include "try_this_panel.h"

namespace tcplab {

ProgressActions::ProgressActions(const ActionTable &actions, ScenarioDocument *document,
                                 PredictMode *predict, TryThisPanel *tryThis,
                                 ScenarioBrowser *browser, Hooks hooks, QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_document(document)
    , m_predict(predict)
    , m_store(new ProgressStore(this))
    , m_hooks(std::move(hooks))
{
    browser->setProgress(&m_store->progress());
    browser->addContextAction(m_actions.action(ActionId::ResetProgress));
    connect(m_store, &ProgressStore::changed, browser, &ScenarioBrowser::showProgress);
    connect(m_document, &ScenarioDocument::opened, this, [this] {
        markOpenLessonVisited();
        updateNextLesson();
    });
    connect(m_document, &ScenarioDocument::filePathChanged, this, &ProgressActions::updateNextLesson);
    connect(m_predict, &PredictMode::answered, this, &ProgressActions::recordAnswer);
    connect(tryThis, &TryThisPanel::challengeDone, this, &ProgressActions::recordChallenge);
    connect(m_actions.action(ActionId::NextLesson), &QAction::triggered, this,
            &ProgressActions::openNextLesson);
    connect(m_actions.action(ActionId::ResetProgress), &QAction::triggered, this,
            &ProgressActions::resetProgress);
    updateNextLesson();
}

void ProgressActions::openStore(const QString &path)
{
    m_store->open(path);
    // The file is chosen once the window exists, maybe after the first lesson opened.
    markOpenLessonVisited();
}

QString ProgressActions::nextLesson() const
{
    if (m_document->isCapture() || m_document->builtinId().isEmpty())
        return QString();
    const QStringList ids = ScenarioLibrary::ids();
    const qsizetype at = ids.indexOf(m_document->builtinId());
    return at >= 0 && at + 1 < ids.size() ? ids.at(at + 1) : QString();
}

void ProgressActions::markOpenLessonVisited()
{
    if (!m_document->isCapture() && !m_document->builtinId().isEmpty())
        m_store->markVisited(m_document->builtinId());
}

void ProgressActions::recordAnswer(int question, bool right)
{
    const QString id = m_document->builtinId();
    if (m_document->isCapture() || id.isEmpty())
        return;
    const QString key = QuestionKeys::of(m_predict->questions(), m_document->trace()).value(question);
    // A question only an edited story asks is not one of the lesson's.
    if (key.isEmpty() || !QuestionKeys::ofBuiltin(id).contains(key))
        return;
    m_store->recordAnswer(id, key, right ? LearnerProgress::Answer::Right : LearnerProgress::Answer::Wrong);
}

void ProgressActions::recordChallenge(int challenge)
{
    const QString id = m_document->builtinId();
    if (!m_document->isCapture() && !id.isEmpty())
        m_store->recordChallengeDone(id, QString::number(challenge));
}

void ProgressActions::retranslate()
{
    updateNextLesson();
}

void ProgressActions::updateNextLesson()
{
    QAction *next = m_actions.action(ActionId::NextLesson);
    const QString id = nextLesson();
    next->setEnabled(!id.isEmpty());
    if (!id.isEmpty()) {
        QString title = id;
        for (const Scenario &scenario : ScenarioLibrary::scenarios()) {
            if (scenario.id == id && !scenario.title.isEmpty())
                title = scenario.title.text(LanguageManager::currentLanguage());
        }
        next->setToolTip(tr("Open the next lesson: %1").arg(title));
    } else if (m_document->isCapture() || m_document->builtinId().isEmpty()) {
        next->setToolTip(tr("Next Lesson follows the built-in lessons; a scenario file or a "
                            "capture is open now"));
    } else {
        next->setToolTip(tr("This is the last lesson"));
    }
}

void ProgressActions::openNextLesson()
{
    const QString id = nextLesson();
    if (!id.isEmpty() && m_hooks.maybeSave())
        m_hooks.openBuiltin(id);
}

void ProgressActions::resetProgress()
{
    if (m_hooks.confirmReset())
        m_store->reset();
}

} // namespace tcplab
