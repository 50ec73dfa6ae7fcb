#include "directory/DirectoryFilterPanel.h"
#include "directory/ThematiqueTree.h"

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
    ThematiqueTree::fill(m_ui->thematiqueTree);
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
    return ThematiqueTree::checkedCodes(m_ui->thematiqueTree, true);
}

void DirectoryFilterPanel::setThematiques(const QStringList& codes) {
    ThematiqueTree::setCheckedCodes(m_ui->thematiqueTree, codes);
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
