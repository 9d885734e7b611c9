#pragma once

#include <QString>

#include <functional>

class QMessageBox;
class QWidget;

namespace MotCua::Ui
{

// Asks a question over `parent` without blocking it (window-modal, like the forms at a shared counter): `onYes`
// runs when the person presses `yesText`. "No" (`noText`) is the default button, so Enter alone changes nothing.
// The box is a child of `parent` named `objectName`, deleted when answered; tests find it and press a button.
QMessageBox *askFirst(QWidget *parent, const QString &objectName, const QString &title, const QString &text,
                      const QString &yesText, const QString &noText, std::function<void()> onYes);

} // namespace MotCua::Ui
