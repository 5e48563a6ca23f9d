#include "PageMessage.h"

#include "StatusAccent.h"

PageMessage::PageMessage(QWidget *parent)
    : QLabel(parent)
{
    setObjectName(QStringLiteral("messageLabel"));
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    hide();
}

void PageMessage::say(const QString &text, bool error)
{
    setText(text);
    if (error)
        StatusAccent::apply(this, StatusAccent::Kind::Error);
    else
        StatusAccent::clear(this);
    show();
}

void PageMessage::dismiss()
{
    clear();
    hide();
}
