// The baseline of the start-up benchmark: the least a Qt Widgets program
// does to show a main window, measured with the same probe as Linkdeck.
#include "FirstPaintProbe.h"

#include <QApplication>
#include <QLabel>
#include <QMainWindow>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QMainWindow window;
    window.setCentralWidget(new QLabel(QStringLiteral("Hello"), &window));
    window.resize(1280, 800);
    FirstPaintProbe::installIfRequested();
    window.show();
    return QApplication::exec();
}
