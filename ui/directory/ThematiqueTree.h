#pragma once

#include <QStringList>

class QTreeWidget;

namespace jalon::ThematiqueTree {

// The data·inclusion thématiques as a two-level tree of checkboxes (a category ticks its
// sub-thématiques), shared by the directory's filter panel and the local service dialog.

// Fills the tree with the 16 categories and their sub-thématiques, all unticked.
void fill(QTreeWidget* tree);
// The sub-thématiques ticked; with wholeCategories, a fully ticked category as its own code.
QStringList checkedCodes(const QTreeWidget* tree, bool wholeCategories);
// Ticks the given codes (a category code ticks all its sub-thématiques) and opens the categories
// partly ticked; signals blocked.
void setCheckedCodes(QTreeWidget* tree, const QStringList& codes);

} // namespace jalon::ThematiqueTree
