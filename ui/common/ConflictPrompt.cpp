#include "ConflictPrompt.h"

#include <QMessageBox>
#include <QPushButton>

ConflictPrompt::Answer ConflictPrompt::ask(QWidget *parent, const QString &message)
{
    QMessageBox box(QMessageBox::Warning, tr("Changed elsewhere"), message, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("conflictMessageBox"));
    box.setInformativeText(tr("Your edits are still in the form. Reload the stored version (your edits "
                              "are discarded), overwrite it with yours, or keep editing."));
    QPushButton *reload = box.addButton(tr("Reload"), QMessageBox::DestructiveRole);
    QPushButton *overwrite = box.addButton(tr("Overwrite"), QMessageBox::AcceptRole);
    QPushButton *keep = box.addButton(tr("Keep editing"), QMessageBox::RejectRole);
    box.setDefaultButton(keep);
    box.exec();
    if (box.clickedButton() == reload)
        return Answer::Reload;
    if (box.clickedButton() == overwrite)
        return Answer::Overwrite;
    return Answer::KeepEditing;
}
