#include "comparison_choices.h"

#include <QCoreApplication>

namespace tcplab {

ComparisonChoices::ComparisonChoices(const ActionTable &actions, ScenarioDocument *document,
                                     QObject *parent)
    : QObject(parent)
    , m_actions(actions)
    , m_document(document)
{
    auto onTrigger = [this](ActionId id, CompareWith with, ProtocolVariant variant) {
        connect(m_actions.action(id), &QAction::triggered, this,
                [this, with, variant] { choose(with, variant); });
    };
    onTrigger(ActionId::CompareNone, CompareWith::Nothing, ProtocolVariant::Standard);
    onTrigger(ActionId::CompareShipped, CompareWith::FileVersion, ProtocolVariant::Standard);
    onTrigger(ActionId::CompareVariant, CompareWith::TeachingVariant, ProtocolVariant::Standard);
    onTrigger(ActionId::CompareModel, CompareWith::Model, ProtocolVariant::Standard);
    // Besides the variant a scenario names, any run can be set beside any rule set.
    for (ProtocolVariant variant : protocolVariants())
        onTrigger(actionFor(variant), CompareWith::Variant, variant);

    connect(m_document, &ScenarioDocument::traceChanged, this, &ComparisonChoices::sync);
    connect(m_document, &ScenarioDocument::comparisonChanged, this, &ComparisonChoices::sync);
    sync();
}

ActionId ComparisonChoices::actionFor(ProtocolVariant variant)
{
    switch (variant) {
    case ProtocolVariant::Standard:
        return ActionId::CompareStandard;
    case ProtocolVariant::TwoWayHandshake:
        return ActionId::CompareTwoWayHandshake;
    case ProtocolVariant::NoTimeWait:
        return ActionId::CompareNoTimeWait;
    }
    return ActionId::CompareStandard;
}

void ComparisonChoices::choose(CompareWith with, ProtocolVariant variant)
{
    m_document->setComparison(with, variant);
    sync(); // also when the document could not offer it and stays as it was
}

void ComparisonChoices::sync()
{
    m_actions.action(ActionId::CompareShipped)
        ->setEnabled(m_document->canCompareWith(CompareWith::FileVersion));
    QAction *model = m_actions.action(ActionId::CompareModel);
    model->setEnabled(m_document->canCompareWith(CompareWith::Model));
    // Disabled, the tooltip says why (the table's own text otherwise).
    if (m_document->isCapture() && !model->isEnabled()) {
        model->setToolTip(tr("The capture does not show the connection's opening handshake, so its "
                             "initial sequence numbers and who opened it are unknown: there is no "
                             "story to simulate."));
    } else if (!m_document->isCapture()) {
        model->setToolTip(tr("Only a capture (File ▸ Open Capture…) is compared with the model."));
    } else {
        model->setToolTip(QCoreApplication::translate("tcplab::MainWindow",
                                                      ActionTable::spec(ActionId::CompareModel).toolTip));
    }
    m_actions.action(ActionId::CompareVariant)
        ->setEnabled(m_document->canCompareWith(CompareWith::TeachingVariant));
    for (ProtocolVariant variant : protocolVariants()) {
        m_actions.action(actionFor(variant))
            ->setEnabled(m_document->canCompareWith(CompareWith::Variant, variant));
    }
    checkedAction()->setChecked(true); // the group unchecks the others
}

QAction *ComparisonChoices::checkedAction() const
{
    switch (m_document->comparison()) {
    case CompareWith::Nothing:
        return m_actions.action(ActionId::CompareNone);
    case CompareWith::FileVersion:
        return m_actions.action(ActionId::CompareShipped);
    case CompareWith::TeachingVariant:
        return m_actions.action(ActionId::CompareVariant);
    case CompareWith::Variant:
        return m_actions.action(actionFor(m_document->comparedVariant()));
    case CompareWith::Model:
        return m_actions.action(ActionId::CompareModel);
    }
    return m_actions.action(ActionId::CompareNone);
}

} // namespace tcplab
