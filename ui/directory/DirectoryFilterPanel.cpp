#include "directory/DirectoryFilterPanel.h"

#include "ui_DirectoryFilterPanel.h"

#include "directory/DirectoryEnums.h"
#include "directory/DirectorySearch.h"
#include "persons/CommuneCompleter.h"
#include "territory/Territory.h"

#include <QTreeWidgetItem>

namespace jalon {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QStringList chosen(const QComboBox* combo) {
    const QString code = combo->currentData().toString();
    return code.isEmpty() ? QStringList() : QStringList{code};
}

} // namespace

DirectoryFilterPanel::DirectoryFilterPanel(QWidget* parent)
    : QWidget(parent)
    , m_ui(new Ui::DirectoryFilterPanel)
    , m_completer(new CommuneCompleter(this)) {
    m_ui->setupUi(this);
    fillTree();
    fillCombo(m_ui->typeCombo, static_cast<int>(DirectoryList::TypesDeServices), tr("Any type"));
    fillCombo(m_ui->publicsCombo, static_cast<int>(DirectoryList::Publics), tr("Anyone"));
    fillCombo(m_ui->accueilCombo, static_cast<int>(DirectoryList::ModesAccueil), tr("On site or remote"));
    fillCombo(m_ui->mobilisationCombo, static_cast<int>(DirectoryList::ModesMobilisation), tr("Any way"));
    m_ui->communeEdit->setCompleter(m_completer);

    const auto emitChanged = [this] {
        if (!m_quiet) {
            Q_EMIT changed();
        }
    };
    connect(m_ui->thematiqueTree, &QTreeWidget::itemChanged, this, emitChanged);
    for (QComboBox* combo :
         {m_ui->typeCombo, m_ui->publicsCombo, m_ui->accueilCombo, m_ui->mobilisationCombo}) {
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    }
    connect(m_ui->freeCheck, &QCheckBox::toggled, this, emitChanged);
    connect(m_ui->withdrawnCheck, &QCheckBox::toggled, this, emitChanged);
    connect(m_ui->clearButton, &QPushButton::clicked, this, &DirectoryFilterPanel::clear);
    connect(m_ui->communeEdit, &QLineEdit::textEdited, this, &DirectoryFilterPanel::onCommuneEdited);
    connect(m_completer, &CommuneCompleter::communeChosen, this, &DirectoryFilterPanel::setCommune);
}

DirectoryFilterPanel::~DirectoryFilterPanel() = default;

void DirectoryFilterPanel::fillTree() {
    QTreeWidget* tree = m_ui->thematiqueTree;
    const QSignalBlocker blocker(tree);
    for (const ThematiqueCategory& category : DirectoryEnums::instance().thematiqueTree()) {
        auto* item = new QTreeWidgetItem(tree, {category.label});
        item->setData(0, kCodeRole, category.code);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable | Qt::ItemIsAutoTristate);
        item->setCheckState(0, Qt::Unchecked);
        for (const DirectoryValue& value : category.children) {
            auto* child = new QTreeWidgetItem(item, {value.label});
            child->setData(0, kCodeRole, value.code);
            child->setToolTip(0, value.description.isEmpty() ? value.label : value.description);
            child->setFlags(child->flags() | Qt::ItemIsUserCheckable);
            child->setCheckState(0, Qt::Unchecked);
        }
    }
}

void DirectoryFilterPanel::fillCombo(QComboBox* combo, int list, const QString& anyText) {
    combo->addItem(anyText, QString());
    for (const DirectoryValue& value : DirectoryEnums::instance().values(static_cast<DirectoryList>(list))) {
        combo->addItem(value.label, value.code);
        combo->setItemData(combo->count() - 1, value.description.isEmpty() ? value.label : value.description,
                           Qt::ToolTipRole);
    }
}

void DirectoryFilterPanel::applyTo(DirectoryQuery& query) const {
    query.thematiques = thematiques();
    query.types = chosen(m_ui->typeCombo);
    query.publics = chosen(m_ui->publicsCombo);
    query.modesAccueil = chosen(m_ui->accueilCombo);
    query.modesMobilisation = chosen(m_ui->mobilisationCombo);
    query.frais = m_ui->freeCheck->isChecked() ? QStringList{QStringLiteral("gratuit")} : QStringList();
    query.communeInsee = m_communeInsee;
    query.includeWithdrawn = m_ui->withdrawnCheck->isChecked();
}

QStringList DirectoryFilterPanel::thematiques() const {
    QStringList codes;
    QTreeWidget* tree = m_ui->thematiqueTree;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* category = tree->topLevelItem(i);
        if (category->checkState(0) == Qt::Checked) {
            codes << category->data(0, kCodeRole).toString();
            continue;
        }
        for (int j = 0; j < category->childCount(); ++j) {
            if (category->child(j)->checkState(0) == Qt::Checked) {
                codes << category->child(j)->data(0, kCodeRole).toString();
            }
        }
    }
    return codes;
}

void DirectoryFilterPanel::setThematiques(const QStringList& codes) {
    QTreeWidget* tree = m_ui->thematiqueTree;
    {
        const QSignalBlocker blocker(tree);
        for (int i = 0; i < tree->topLevelItemCount(); ++i) {
            QTreeWidgetItem* category = tree->topLevelItem(i);
            const bool whole = codes.contains(category->data(0, kCodeRole).toString());
            bool any = whole;
            for (int j = 0; j < category->childCount(); ++j) {
                QTreeWidgetItem* child = category->child(j);
                const bool on = whole || codes.contains(child->data(0, kCodeRole).toString());
                child->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
                any = any || on;
            }
            category->setExpanded(any && !whole);
        }
    }
    tree->viewport()->update();
    if (!m_quiet) {
        Q_EMIT changed();
    }
}

void DirectoryFilterPanel::setCommune(const QString& inseeCode) {
    const Commune* commune = Territory::instance().commune(inseeCode);
    m_communeInsee = commune ? commune->code : QString();
    m_ui->communeEdit->setText(commune ? CommuneCompleter::display(*commune) : QString());
    if (!m_quiet) {
        Q_EMIT changed();
    }
}

void DirectoryFilterPanel::onCommuneEdited(const QString& text) {
    const bool hadCommune = !m_communeInsee.isEmpty();
    m_communeInsee.clear(); // typed by hand: no filter until a commune is chosen
    m_completer->propose(text);
    if (hadCommune) {
        Q_EMIT changed();
    }
}

void DirectoryFilterPanel::clear() {
    m_quiet = true;
    setThematiques({});
    setCommune({});
    for (QComboBox* combo :
         {m_ui->typeCombo, m_ui->publicsCombo, m_ui->accueilCombo, m_ui->mobilisationCombo}) {
        combo->setCurrentIndex(0);
    }
    m_ui->freeCheck->setChecked(false);
    m_ui->withdrawnCheck->setChecked(false);
    m_quiet = false;
    Q_EMIT changed();
}

} // namespace jalon
