#pragma once

#include <QLabel>

namespace MotCua::Ui
{

// A word-wrapped inline message whose size hint is as tall as its text at the width it actually has. (A plain
// QLabel's hint assumes a narrow width, which leaves gaps of empty lines in form layouts.)
class MessageLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageLabel)

public:
    explicit MessageLabel(QWidget *parent = nullptr);
    ~MessageLabel() override;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;
};

} // namespace MotCua::Ui
