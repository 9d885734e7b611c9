#include "ui/shell/messagelabel.h"

#include <QResizeEvent>

namespace MotCua::Ui
{

MessageLabel::MessageLabel(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setAlignment(Qt::AlignLeading | Qt::AlignTop);
}

MessageLabel::~MessageLabel() = default;

QSize MessageLabel::sizeHint() const
{
    QSize hint = QLabel::sizeHint();
    if (width() > 0)
        hint.setHeight(heightForWidth(width()));
    return hint;
}

QSize MessageLabel::minimumSizeHint() const
{
    QSize hint = QLabel::minimumSizeHint();
    if (width() > 0)
        hint.setHeight(heightForWidth(width()));
    return hint;
}

void MessageLabel::resizeEvent(QResizeEvent *event)
{
    QLabel::resizeEvent(event);
    if (event->oldSize().width() != event->size().width())
        updateGeometry();
}

} // namespace MotCua::Ui
