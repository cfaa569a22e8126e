#pragma once

#include "action_table.h"
#include "scenario_document.h"

#include <QObject>

namespace tcplab {

// The View ▸ Compare actions as a face of the document's comparison: choosing one asks the
// document for that comparison; the document's scenario enables the choices it can offer,
// and its comparison decides which one is checked (it falls back to "No Comparison" when
// an edit takes the choice away).
class ComparisonChoices : public QObject
{
    Q_OBJECT
public:
    ComparisonChoices(const ActionTable &actions, ScenarioDocument *document,
                      QObject *parent = nullptr);

    // The action that sets the run beside the same story under `variant`.
    static ActionId actionFor(ProtocolVariant variant);
    // Sets the tooltips that say why a choice is disabled again in the new language.
    void retranslate() { sync(); }

private:
    void choose(CompareWith with, ProtocolVariant variant = ProtocolVariant::Standard);
    void sync();
    QAction *checkedAction() const;

    const ActionTable &m_actions;
    ScenarioDocument *m_document;
};

} // namespace tcplab
