// The editors of a person's pathway: what double-clicking an event of the timeline opens.
#include "timeline/PathwayDialogs.h"

#include "timeline/AppointmentDialog.h"
#include "timeline/PathwayFormDialog.h"

#include "common/Clock.h"
#include "pathway/ActionPlanStore.h"
#include "pathway/AppointmentStore.h"
#include "pathway/ContractStore.h"
#include "pathway/FollowUpStore.h"
#include "pathway/NoteStore.h"
#include "pathway/PathwayChoices.h"
#include "pathway/ReferralStore.h"
#include "pathway/Timeline.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLocale>

#include <QPlainTextEdit>
#include <memory>

#include <functional>

namespace jalon {

namespace {

QDate today() {
    return Clock::instance().today();
}

QString shownDate(const QDate& date) {
    return QLocale().toString(date, QLocale::ShortFormat);
}

// The stored status first, then those the workflow allows from it.
QList<Choice> reachable(const QList<Choice>& statuses, const QString& from,
                        const std::function<bool(const QString&, const QString&)>& mayBecome) {
    QList<Choice> list;
    for (const Choice& status : statuses) {
        if (status.code == from) {
            list.prepend(status);
        } else if (mayBecome(from, status.code)) {
            list.append(status);
        }
    }
    return list;
}

// Finds an objective (and its action, with an action id) in the person's plans.
bool findInPlans(const PathwayContext& c, const QString& id, PlanObjective* objective, PlanAction* action) {
    auto plans = ActionPlanStore(*c.database).ofPerson(c.actor, c.personId);
    if (!plans) {
        return false;
    }
    for (const ActionPlan& plan : plans.value()) {
        for (const PlanObjective& o : plan.objectives) {
            if (o.id == id && objective) {
                *objective = o;
                return true;
            }
            for (const PlanAction& a : o.actions) {
                if (a.id == id && action) {
                    *action = a;
                    return true;
                }
            }
        }
    }
    return false;
}

} // namespace

PathwayDialogs::Form PathwayDialogs::details(const PathwayEvent& event, QWidget* parent, const QString& why) {
    auto d = std::make_unique<PathwayFormDialog>(Timeline::kindLabel(event.kind), parent);
    d->setIntro(why);
    const QLocale locale;
    d->addDetail(tr("Date:"), locale.toString(event.day(), QLocale::LongFormat));
    d->addDetail(tr("Kind:"), Timeline::kindLabel(event.kind));
    d->addDetail(tr("What happened:"), Timeline::describe(event));
    d->addDetail(tr("Recorded by:"), event.actorName);
    d->addDetail(tr("Recorded on:"), locale.toString(event.recordedAt.toLocalTime(), QLocale::ShortFormat));
    return d;
}

PathwayDialogs::Form PathwayDialogs::objectiveEditor(const PathwayContext& c, const PathwayEvent& event,
                                                     QWidget* parent) {
    PlanObjective o;
    if (!findInPlans(c, event.entityId, &o, nullptr)) {
        return details(event, parent, tr("This objective could not be found."));
    }
    const QList<Choice> statuses =
        reachable(PathwayChoices::objectiveStatuses(), o.status, &PathwayChoices::objectiveMayBecome);
    // An objective not yet tied to a contract may be tied to a running one, with the person's consent.
    QList<Choice> contracts;
    if (o.contractId.isEmpty()) {
        if (const auto list = ContractStore(*c.database).ofPerson(c.actor, c.personId)) {
            for (const Contract& contract : list.value()) {
                if (contract.endedOn.isNull() && contract.plannedEnd >= today()) {
                    contracts.append({contract.id, tr("%1 from %2 to %3")
                                                       .arg(contract.kind, shownDate(contract.startDate),
                                                            shownDate(contract.plannedEnd))});
                }
            }
        }
    }
    if (statuses.size() < 2 && contracts.isEmpty()) {
        return details(event, parent, tr("This objective's status can no longer change."));
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Objective"), parent);
    d->addDetail(tr("Objective:"), QStringLiteral("%1 — %2").arg(o.themeLabel, o.label));
    if (!o.contractId.isEmpty()) {
        d->addDetail(tr("Consent:"),
                     tr("tied to the contract with the person's consent on %1").arg(shownDate(o.consentOn)));
    }
    QComboBox* status = d->addChoices(QStringLiteral("statusCombo"), tr("&Status:"), statuses, o.status);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&On:"), today());
    QComboBox* contract = nullptr;
    QDateEdit* consent = nullptr;
    if (!contracts.isEmpty()) {
        contracts.prepend({QString(), tr("Not tied to a contract")});
        contract = d->addChoices(QStringLiteral("contractCombo"), tr("Tie to the &contract:"), contracts);
        consent =
            d->addOptionalDate(QStringLiteral("consentEdit"), tr("Person's c&onsent on:"), today(), false);
    }
    // Two steps, each its own change: once the status is saved, a refused tie must not save it again.
    auto savedStatus = std::make_shared<QString>(o.status);
    d->setSubmit([c, id = o.id, savedStatus, status, on, contract, consent] {
        ActionPlanStore store(*c.database);
        if (const QString to = PathwayFormDialog::codeOf(status); to != *savedStatus) {
            if (Status changed = store.setObjectiveStatus(c.actor, id, to, on->date()); !changed) {
                return changed;
            }
            *savedStatus = to;
        }
        if (contract && !PathwayFormDialog::codeOf(contract).isEmpty()) {
            return store.tieToContract(c.actor, id, PathwayFormDialog::codeOf(contract),
                                       PathwayFormDialog::optionalDate(consent));
        }
        return Status::ok();
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::actionEditor(const PathwayContext& c, const PathwayEvent& event,
                                                  QWidget* parent) {
    PlanAction a;
    if (!findInPlans(c, event.entityId, nullptr, &a)) {
        return details(event, parent, tr("This action could not be found."));
    }
    const QList<Choice> statuses =
        reachable(PathwayChoices::actionStatuses(), a.status, &PathwayChoices::actionMayBecome);
    if (statuses.size() < 2) {
        return details(event, parent, tr("This action's status can no longer change."));
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Action"), parent);
    d->addDetail(tr("Action:"), a.label);
    QComboBox* status = d->addChoices(QStringLiteral("statusCombo"), tr("&Status:"), statuses, a.status);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&On:"), today());
    d->setSubmit([c, id = a.id, from = a.status, status, on] {
        if (PathwayFormDialog::codeOf(status) == from) {
            return Status::ok();
        }
        return ActionPlanStore(*c.database)
            .setActionStatus(c.actor, id, PathwayFormDialog::codeOf(status), on->date());
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::referralEditor(const PathwayContext& c, const PathwayEvent& event,
                                                    QWidget* parent) {
    const Result<Referral> r = ReferralStore(*c.database).get(c.actor, event.entityId);
    if (!r) {
        return details(event, parent, r.error());
    }
    const QList<Choice> statuses =
        reachable(PathwayChoices::referralStatuses(), r->status, &PathwayChoices::referralMayBecome);
    if (statuses.size() < 2) {
        return details(event, parent, tr("This referral's status can no longer change."));
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Referral"), parent);
    d->addDetail(tr("Service:"), r->serviceName);
    QComboBox* status = d->addChoices(QStringLiteral("statusCombo"), tr("&Status:"), statuses, r->status);
    QComboBox* reason = d->addChoices(QStringLiteral("reasonCombo"), tr("&Refusal reason:"),
                                      PathwayChoices::refusalReasons(), r->refusalReason);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&On:"), today());
    const auto refusing = [status, reason] {
        reason->setEnabled(PathwayFormDialog::codeOf(status) == QLatin1String("refused"));
    };
    QObject::connect(status, &QComboBox::currentIndexChanged, reason, refusing);
    refusing();
    d->setSubmit([c, id = r->id, from = r->status, status, reason, on] {
        const QString to = PathwayFormDialog::codeOf(status);
        if (to == from) {
            return Status::ok();
        }
        return ReferralStore(*c.database)
            .setStatus(c.actor, id, to, on->date(),
                       reason->isEnabled() ? PathwayFormDialog::codeOf(reason) : QString());
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::reorientationEditor(const PathwayContext& c, const PathwayEvent& event,
                                                         QWidget* parent) {
    ReorientationRequest request;
    if (auto list = FollowUpStore(*c.database).reorientationRequests(c.actor, c.personId)) {
        for (const ReorientationRequest& r : list.value()) {
            if (r.id == event.entityId) {
                request = r;
            }
        }
    }
    if (request.id.isEmpty() || request.status != QLatin1String("pending")) {
        return details(event, parent,
                       request.id.isEmpty() ? tr("This request could not be found.") : QString());
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Reorientation decision"), parent);
    const QString towards = PathwayChoices::label(PathwayChoices::orientationKinds(), request.requestedKind);
    d->addDetail(tr("Requested:"),
                 tr("%1, on %2").arg(towards, QLocale().toString(request.requestedOn, QLocale::ShortFormat)));
    d->addDetail(tr("Reason:"), request.reason);
    QComboBox* decision =
        d->addChoices(QStringLiteral("decisionCombo"), tr("&Decision:"),
                      {{QStringLiteral("accepted"), tr("Accept: orient towards %1").arg(towards)},
                       {QStringLiteral("denied"), tr("Deny")}});
    QPlainTextEdit* reason = d->addText(QStringLiteral("reasonEdit"), tr("&Why:"));
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("Decided &on:"), today());
    d->setSubmit([c, id = request.id, decision, reason, on] {
        return FollowUpStore(*c.database)
            .decideReorientation(c.actor, id,
                                 PathwayFormDialog::codeOf(decision) == QLatin1String("accepted"),
                                 reason->toPlainText(), on->date());
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::noteEditor(const PathwayContext& c, const PathwayEvent& event,
                                                QWidget* parent) {
    const Result<Note> n = NoteStore(*c.database).get(c.actor, event.entityId);
    if (!n) {
        return details(event, parent, n.error());
    }
    if (n->authorId != c.actor.userId) {
        auto d = details(event, parent, tr("Only the author of a note may change it."));
        d->addDetail(tr("Note:"), n->body);
        return d;
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Note"), parent);
    d->addDetail(tr("Date:"), QLocale().toString(n->writtenOn, QLocale::ShortFormat));
    QPlainTextEdit* body = d->addText(QStringLiteral("bodyEdit"), tr("&Note:"), n->body);
    QCheckBox* isPrivate =
        d->addCheck(QStringLiteral("privateCheck"), tr("&Private: visible to me only"), n->isPrivate);
    d->setSubmit([c, id = n->id, body, isPrivate] {
        return NoteStore(*c.database).edit(c.actor, id, body->toPlainText(), isPrivate->isChecked());
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::contractEditor(const PathwayContext& c, const PathwayEvent& event,
                                                    QWidget* parent) {
    const Result<Contract> k = ContractStore(*c.database).get(c.actor, event.entityId);
    if (!k) {
        return details(event, parent, k.error());
    }
    QList<Choice> operations;
    if (!k->signedOn.isValid()) {
        operations.append({QStringLiteral("sign"), tr("Record the signature")});
    }
    if (!k->endedOn.isValid()) {
        operations.append({QStringLiteral("end"), tr("End it before its planned end")});
    }
    if (operations.isEmpty()) {
        return details(event, parent, tr("This contract is signed and ended."));
    }
    const QLocale locale;
    auto d = std::make_unique<PathwayFormDialog>(tr("Contract"), parent);
    d->addDetail(tr("Contract:"), tr("%1, %2 to %3")
                                      .arg(PathwayChoices::label(PathwayChoices::contractKinds(), k->kind),
                                           locale.toString(k->startDate, QLocale::ShortFormat),
                                           locale.toString(k->plannedEnd, QLocale::ShortFormat)));
    d->addDetail(tr("Signed on:"), k->signedOn.isValid() ? locale.toString(k->signedOn, QLocale::ShortFormat)
                                                         : tr("not signed yet"));
    QComboBox* operation = d->addChoices(QStringLiteral("operationCombo"), tr("&Change:"), operations);
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&On:"), today());
    d->setSubmit([c, id = k->id, operation, on] {
        ContractStore store(*c.database);
        return PathwayFormDialog::codeOf(operation) == QLatin1String("sign")
                   ? store.sign(c.actor, id, on->date())
                   : store.end(c.actor, id, on->date());
    });
    return d;
}

PathwayDialogs::Form PathwayDialogs::planEditor(const PathwayContext& c, const PathwayEvent& event,
                                                QWidget* parent) {
    const Result<ActionPlan> plan = ActionPlanStore(*c.database).get(c.actor, event.entityId);
    if (!plan) {
        return details(event, parent, plan.error());
    }
    if (!plan->isOpen()) {
        auto d = details(event, parent);
        d->addDetail(tr("Bilan:"), plan->bilan);
        return d;
    }
    auto d = std::make_unique<PathwayFormDialog>(tr("Close the action plan"), parent);
    d->addDetail(tr("Opened on:"), QLocale().toString(plan->openedOn, QLocale::ShortFormat));
    d->addDetail(tr("Objectives:"), QString::number(plan->objectives.size()));
    QDateEdit* on = d->addDate(QStringLiteral("dateEdit"), tr("&Closed on:"), today());
    QPlainTextEdit* bilan = d->addText(QStringLiteral("bilanEdit"), tr("&Bilan:"));
    d->setSubmit(
        [c, id = plan->id, on, bilan] {
            return ActionPlanStore(*c.database).close(c.actor, id, on->date(), bilan->toPlainText());
        },
        tr("C&lose the plan"));
    return d;
}

std::unique_ptr<QDialog> PathwayDialogs::forEvent(const PathwayContext& c, const PathwayEvent& event,
                                                  QWidget* parent) {
    const QString& kind = event.kind;
    if (kind == QLatin1String("appointment")) {
        const Result<Appointment> a = AppointmentStore(*c.database).get(c.actor, event.entityId);
        if (!a) {
            return details(event, parent, a.error());
        }
        return std::make_unique<AppointmentDialog>(*c.database, c.actor, a.value(), parent);
    }
    using Editor = Form (*)(const PathwayContext&, const PathwayEvent&, QWidget*);
    static const QHash<QString, Editor> editors = {
        {QStringLiteral("objective"), &objectiveEditor},
        {QStringLiteral("action"), &actionEditor},
        {QStringLiteral("referral"), &referralEditor},
        {QStringLiteral("reorientation"), &reorientationEditor},
        {QStringLiteral("note"), &noteEditor},
        {QStringLiteral("contract"), &contractEditor},
        {QStringLiteral("plan"), &planEditor},
    };
    const Editor edit = editors.value(kind);
    return edit ? edit(c, event, parent) : details(event, parent);
}

} // namespace jalon
