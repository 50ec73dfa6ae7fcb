#include "directory/ThematiqueTree.h"

#include "directory/DirectoryEnums.h"

#include <QSignalBlocker>
#include <QTreeWidget>

namespace jalon::ThematiqueTree {

namespace {

constexpr int kCodeRole = Qt::UserRole + 1;

QString codeOf(const QTreeWidgetItem* item) {
    return item->data(0, kCodeRole).toString();
}

} // namespace

void fill(QTreeWidget* tree) {
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

QStringList checkedCodes(const QTreeWidget* tree, bool wholeCategories) {
    QStringList codes;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem* category = tree->topLevelItem(i);
        if (wholeCategories && category->checkState(0) == Qt::Checked) {
            codes << codeOf(category);
            continue;
        }
        for (int j = 0; j < category->childCount(); ++j) {
            if (category->child(j)->checkState(0) == Qt::Checked) {
                codes << codeOf(category->child(j));
            }
        }
    }
    return codes;
}

void setCheckedCodes(QTreeWidget* tree, const QStringList& codes) {
    const QSignalBlocker blocker(tree);
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem* category = tree->topLevelItem(i);
        const bool whole = codes.contains(codeOf(category));
        bool any = whole;
        for (int j = 0; j < category->childCount(); ++j) {
            QTreeWidgetItem* child = category->child(j);
            const bool on = whole || codes.contains(codeOf(child));
            child->setCheckState(0, on ? Qt::Checked : Qt::Unchecked);
            any = any || on;
        }
        category->setExpanded(any && !whole);
    }
    tree->viewport()->update();
}

} // namespace jalon::ThematiqueTree
