#pragma once

#include "ConsolePage.h"

/// A page that is planned but not built yet, saying what it will do.
class PlaceholderPage : public ConsolePage
{
    Q_OBJECT

public:
    PlaceholderPage(const QString &title, const QString &description, QWidget *parent = nullptr);
};
