#include "ModalDriver.h"

#include <QAbstractButton>
#include <QApplication>
#include <QMessageBox>
#include <QTimer>

void ModalDriver::whenModal(std::function<void(QWidget *)> act, int timeoutMs)
{
    auto *timer = new QTimer(qApp);
    auto remaining = std::make_shared<int>(timeoutMs);
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, qApp, [timer, act, remaining]() {
        *remaining -= timer->interval();
        if (QWidget *modal = QApplication::activeModalWidget()) {
            timer->stop();
            timer->deleteLater();
            act(modal);
        } else if (*remaining <= 0) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start();
}

void ModalDriver::clickInMessageBox(const QString &buttonText)
{
    whenModal([buttonText](QWidget *modal) {
        auto *box = qobject_cast<QMessageBox *>(modal);
        if (!box)
            return;
        for (QAbstractButton *button : box->buttons()) {
            if (button->text().remove(QLatin1Char('&')) == buttonText) {
                button->click();
                return;
            }
        }
    });
}
