#include "ui/shell/confirm.h"

#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace MotCua::Ui
{

QMessageBox *askFirst(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                      const QString &yesText, const QString &noText, std::function<void()> onYes)
{
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::NoButton, parent);
    box->setObjectName(objectName);
    box->setAttribute(Qt::WA_DeleteOnClose);
    QPushButton *yes = box->addButton(yesText, QMessageBox::YesRole);
    yes->setObjectName(QStringLiteral("yesButton"));
    QPushButton *no = box->addButton(noText, QMessageBox::NoRole);
    no->setObjectName(QStringLiteral("noButton"));
    box->setDefaultButton(no);
    box->setEscapeButton(no);
    box->setWindowModality(Qt::WindowModal);
    // After the box has closed, in the parent's context: onYes may well close (and delete) the parent.
    QObject::connect(box, &QMessageBox::buttonClicked, box,
                     [parent, yes, onYes = std::move(onYes)](QAbstractButton *b) {
                         if (b == yes && onYes)
                             QTimer::singleShot(0, parent, onYes);
                     });
    box->open();
    return box;
}

} // namespace MotCua::Ui
