#include "UnsavedChangesPrompt.h"

#include <QMessageBox>

UnsavedChangesPrompt::Answer UnsavedChangesPrompt::ask(QWidget *parent, const QString &name)
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved changes"), tr("Save the changes to \"%1\"?").arg(name),
        QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, parent);
    box.setObjectName(QStringLiteral("unsavedChangesMessageBox"));
    box.setInformativeText(tr("Your changes are lost if you don't save them."));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return Answer::Save;
    case QMessageBox::Discard:
        return Answer::Discard;
    default:
        return Answer::Cancel;
    }
}
