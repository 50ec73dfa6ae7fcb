// The dialogs of the "Add" menu of a person's pathway: one small form per kind of record.
#include "timeline/PathwayDialogs.h"

#include "timeline/AppointmentDialog.h"
#include "timeline/PathwayFormDialog.h"

#include "common/Clock.h"
#include "diagnostic/DiagnosticStore.h"
#include "diagnostic/QuestionnaireStore.h"
#include "pathway/ActionPlanStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/NoteStore.h"
#include "pathway/PathwayChoices.h"
#include "pathway/Referential.h"
#include "pathway/ReferralStore.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>

namespace jalon {

namespace {

QDate today() {
    return Clock::instance().today();
}

// An editable list: the adviser picks from it or types their own text.
QComboBox* editable(QComboBox* combo) {
    combo->setEditable(true);
    combo->setInsertPolicy(QComboBox::NoInsert);
    return combo;
}

// The person's open plan, if any.
ActionPlan openPlan(const PathwayContext& c) {
    if (auto plans = ActionPlanStore(*c.database).ofPerson(c.actor, c.personId)) {
        for (const ActionPlan& p : plans.value()) {
            if (p.isOpen()) {
                return p;
            }
        }
    }
    return {};
}

} // namespace

PathwayDialogs::Form PathwayDialogs::entry(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Entry into the follow-up"), parent);
    d->setIntro(tr("Opens a follow-up period: the person then awaits orientation."));
    QDateEdit* opened = d->addDate(QStringLiteral("openedEdit"), tr("&Opened on:"), today());
    QDateEdit* rights =
        d->addOptionalDate(QStringLiteral("rightsEdit"), tr("&Rights opened on:"), today(), false);
    d->setSubmit([c, opened, rights] {
        return FollowUpStore(*c.database)
            .open(c.actor, c.personId, opened->date(), PathwayFormDialog::optionalDate(rights))
            .status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::orientation(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Orientation"), parent);
    QComboBox* kind =
        d->addChoices(QStringLiteral("kindCombo"), tr("&Orientation:"), PathwayChoices::orientationKinds(),
                      QStringLiteral("socio_professionnelle"));
    QDateEdit* start = d->addDate(QStringLiteral("startEdit"), tr("&Start:"), today());
    d->addDetail(tr("Referent:"), c.actor.displayName);
    d->setSubmit([c, kind, start] {
        Orientation o;
        o.personId = c.personId;
        o.kind = PathwayFormDialog::codeOf(kind);
        o.structureId = c.actor.structureId;
        o.referentId = c.actor.userId;
        o.startDate = start->date();
        return FollowUpStore(*c.database).orient(c.actor, o).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::reorientation(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Reorientation request"), parent);
    Orientation current;
    if (auto list = FollowUpStore(*c.database).orientations(c.actor, c.personId)) {
        for (const Orientation& o : list.value()) {
            if (o.isOpen()) {
                current = o;
            }
        }
    }
    d->addDetail(tr("Current orientation:"),
                 current.id.isEmpty()
                     ? tr("none")
                     : PathwayChoices::label(PathwayChoices::orientationKinds(), current.kind));
    QComboBox* kind = d->addChoices(QStringLiteral("kindCombo"), tr("&Towards:"),
                                    PathwayChoices::orientationKinds(), QStringLiteral("professionnelle"));
    QPlainTextEdit* reason = d->addText(QStringLiteral("reasonEdit"), tr("&Reason:"));
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("Requested &on:"), today());
    d->setSubmit([c, current, kind, reason, on] {
        ReorientationRequest r;
        r.personId = c.personId;
        r.orientationId = current.id;
        r.requestedKind = PathwayFormDialog::codeOf(kind);
        r.reason = reason->toPlainText();
        r.requestedOn = on->date();
        return FollowUpStore(*c.database).requestReorientation(c.actor, r).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::contract(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Contract"), parent);
    QComboBox* kind =
        d->addChoices(QStringLiteral("kindCombo"), tr("&Contract:"), PathwayChoices::contractKinds());
    QDateEdit* start = d->addDate(QStringLiteral("startEdit"), tr("&Start:"), today());
    QDateEdit* end =
        d->addDate(QStringLiteral("endEdit"), tr("Planned &end:"), today().addMonths(6).addDays(-1));
    QDateEdit* signedOn = d->addOptionalDate(QStringLiteral("signedEdit"), tr("Si&gned on:"), today(), false);
    QPlainTextEdit* commitments = d->addText(QStringLiteral("commitmentsEdit"), tr("Co&mmitments:"));
    d->setSubmit([c, kind, start, end, signedOn, commitments] {
        Contract k;
        k.personId = c.personId;
        k.kind = PathwayFormDialog::codeOf(kind);
        k.startDate = start->date();
        k.plannedEnd = end->date();
        k.signedOn = PathwayFormDialog::optionalDate(signedOn);
        k.commitments = commitments->toPlainText().trimmed();
        return ContractStore(*c.database).record(c.actor, k).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::plan(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Action plan"), parent);
    QDateEdit* opened = d->addDate(QStringLiteral("openedEdit"), tr("&Opened on:"), today());
    QList<Choice> sources = {{QString(), tr("No diagnostic: objectives added one by one")}};
    if (auto history = DiagnosticStore(*c.database).history(c.actor, c.personId)) {
        for (const DiagnosticSummary& s : history.value()) {
            if (s.state == Diagnostic::State::Validated) {
                sources.append({s.id, tr("The priorities of the diagnostic of %1")
                                          .arg(QLocale().toString(s.date(), QLocale::ShortFormat))});
            }
        }
    }
    QComboBox* source = d->addChoices(QStringLiteral("diagnosticCombo"), tr("&Built from:"), sources,
                                      sources.size() > 1 ? sources.at(1).code : QString());
    d->setSubmit([c, opened, source] {
        return ActionPlanStore(*c.database)
            .open(c.actor, c.personId, opened->date(), PathwayFormDialog::codeOf(source))
            .status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::objective(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Objective"), parent);
    const ActionPlan open = openPlan(c);
    if (open.id.isEmpty()) {
        d->setIntro(tr("The person has no open action plan: open one first."));
    }
    // The national referential's themes and objectives; an adviser may also type their own.
    QList<Choice> themes;
    for (const Referential::Theme& theme : Referential::themes()) {
        themes.append({theme.code, theme.label});
    }
    QComboBox* theme = editable(d->addChoices(QStringLiteral("themeCombo"), tr("&Theme:"), themes));
    QComboBox* label = editable(d->addChoices(QStringLiteral("objectiveCombo"), tr("&Objective:"), {}));
    const auto offerObjectives = [theme, label] {
        label->clear();
        if (const Referential::Theme* chosen = Referential::theme(theme->currentData().toString())) {
            label->addItems(chosen->objectives);
        }
        label->setCurrentIndex(-1);
    };
    offerObjectives();
    QObject::connect(theme, &QComboBox::currentIndexChanged, label, offerObjectives);

    QList<Choice> contracts{{QString(), tr("Not tied to a contract")}};
    if (const auto list = ContractStore(*c.database).ofPerson(c.actor, c.personId)) {
        for (const Contract& contract : list.value()) {
            if (contract.endedOn.isNull() && contract.plannedEnd >= today()) {
                contracts.append(
                    {contract.id,
                     tr("%1 from %2 to %3")
                         .arg(contract.kind, QLocale().toString(contract.startDate, QLocale::ShortFormat),
                              QLocale().toString(contract.plannedEnd, QLocale::ShortFormat))});
            }
        }
    }
    QComboBox* contract =
        d->addChoices(QStringLiteral("contractCombo"), tr("Tied to the &contract:"), contracts);
    QDateEdit* consent =
        d->addOptionalDate(QStringLiteral("consentEdit"), tr("Person's c&onsent on:"), today(), false);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("Set &on:"), today());
    d->setSubmit([c, planId = open.id, theme, label, contract, consent, on] {
        PlanObjective o;
        o.planId = planId;
        const int listed = theme->findText(theme->currentText());
        o.themeLabel = theme->currentText().trimmed();
        o.theme = listed >= 0 ? theme->itemData(listed).toString() : o.themeLabel;
        o.label = label->currentText();
        o.contractId = PathwayFormDialog::codeOf(contract);
        o.consentOn = PathwayFormDialog::optionalDate(consent);
        o.createdOn = on->date();
        return ActionPlanStore(*c.database).addObjective(c.actor, o).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::action(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Action"), parent);
    const ActionPlan open = openPlan(c);
    QList<Choice> objectives;
    for (const PlanObjective& o : open.objectives) {
        objectives.append({o.id, QStringLiteral("%1 — %2").arg(o.themeLabel, o.label)});
    }
    if (objectives.isEmpty()) {
        d->setIntro(tr("The person's open action plan has no objective yet: set one first."));
    }
    QComboBox* objective = d->addChoices(QStringLiteral("objectiveCombo"), tr("O&bjective:"), objectives);
    // The referential's actions for the objective's theme; free text is accepted too.
    QComboBox* label = editable(d->addChoices(QStringLiteral("actionCombo"), tr("&Action:"), {}));
    const auto offerActions = [objective, label, plan = open] {
        label->clear();
        for (const PlanObjective& o : plan.objectives) {
            if (o.id == PathwayFormDialog::codeOf(objective)) {
                if (const Referential::Theme* theme = Referential::theme(o.theme)) {
                    label->addItems(theme->actions);
                }
            }
        }
        label->setCurrentIndex(-1);
    };
    offerActions();
    QObject::connect(objective, &QComboBox::currentIndexChanged, label, offerActions);
    QDateEdit* due =
        d->addOptionalDate(QStringLiteral("dueEdit"), tr("&Due on:"), today().addMonths(1), false);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("Decided &on:"), today());
    d->setSubmit([c, objective, label, due, on] {
        PlanAction a;
        a.objectiveId = PathwayFormDialog::codeOf(objective);
        a.label = label->currentText();
        a.dueOn = PathwayFormDialog::optionalDate(due);
        a.createdOn = on->date();
        return ActionPlanStore(*c.database).addAction(c.actor, a).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::referral(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Referral"), parent);
    QLineEdit* service = d->addLine(QStringLiteral("serviceEdit"), tr("&Service:"));
    service->setPlaceholderText(tr("Name of the service and its structure"));
    QLineEdit* thematique = d->addLine(QStringLiteral("thematiqueEdit"), tr("T&hematic:"));
    QDateEdit* sent = d->addDate(QStringLiteral("dateEdit"), tr("Sent &on:"), today());
    d->setSubmit([c, service, thematique, sent] {
        Referral r;
        r.personId = c.personId;
        r.serviceName = service->text().trimmed();
        r.thematique = thematique->text().trimmed();
        r.sentOn = sent->date();
        return ReferralStore(*c.database).refer(c.actor, r).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::note(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Note"), parent);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&Date:"), today());
    QPlainTextEdit* body = d->addText(QStringLiteral("bodyEdit"), tr("&Note:"));
    QCheckBox* isPrivate =
        d->addCheck(QStringLiteral("privateCheck"), tr("&Private: visible to me only"), false);
    d->setSubmit([c, on, body, isPrivate] {
        Note n;
        n.personId = c.personId;
        n.writtenOn = on->date();
        n.body = body->toPlainText();
        n.isPrivate = isPrivate->isChecked();
        return NoteStore(*c.database).add(c.actor, n).status();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::exit(const PathwayContext& c, QWidget* parent) {
    auto d = std::make_unique<PathwayFormDialog>(tr("Exit from the follow-up"), parent);
    d->setIntro(tr("Closes the follow-up, its orientation and its running contract on the exit day."));
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&Exit on:"), today());
    QComboBox* reason =
        d->addChoices(QStringLiteral("reasonCombo"), tr("&Reason:"), PathwayChoices::exitReasons());
    QPlainTextEdit* comment = d->addText(QStringLiteral("commentEdit"), tr("&Comment:"));
    d->setSubmit([c, on, reason, comment] {
        return FollowUpStore(*c.database)
            .exit(c.actor, c.personId, on->date(), PathwayFormDialog::codeOf(reason), comment->toPlainText());
    });
    return d;
}

QList<Choice> PathwayDialogs::addableKinds() {
    return {{QStringLiteral("entry"), tr("&Entry into the follow-up…")},
            {QStringLiteral("orientation"), tr("&Orientation…")},
            {QStringLiteral("reorientation"), tr("&Reorientation request…")},
            {QStringLiteral("appointment"), tr("A&ppointment…")},
            {QStringLiteral("contract"), tr("&Contract…")},
            {QStringLiteral("plan"), tr("Action p&lan…")},
            {QStringLiteral("objective"), tr("O&bjective…")},
            {QStringLiteral("action"), tr("&Action…")},
            {QStringLiteral("referral"), tr("Re&ferral to a service…")},
            {QStringLiteral("note"), tr("&Note…")},
            {QStringLiteral("exit"), tr("E&xit from the follow-up…")}};
}

std::unique_ptr<QDialog> PathwayDialogs::forNew(const PathwayContext& c, const QString& kind,
                                                QWidget* parent) {
    if (kind == QLatin1String("appointment")) {
        return std::make_unique<AppointmentDialog>(*c.database, c.actor, c.personId, parent);
    }
    using Maker = Form (*)(const PathwayContext&, QWidget*);
    static const QHash<QString, Maker> makers = {
        {QStringLiteral("entry"), &entry},
        {QStringLiteral("orientation"), &orientation},
        {QStringLiteral("reorientation"), &reorientation},
        {QStringLiteral("contract"), &contract},
        {QStringLiteral("plan"), &plan},
        {QStringLiteral("objective"), &objective},
        {QStringLiteral("action"), &action},
        {QStringLiteral("referral"), &referral},
        {QStringLiteral("note"), &note},
        {QStringLiteral("exit"), &exit},
    };
    const Maker make = makers.value(kind);
    return make ? make(c, parent) : nullptr;
}

} // namespace jalon
