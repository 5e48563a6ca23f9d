#pragma once

#include <QDateTime>
#include <QString>
#include <QStringList>

/// A connect-widget session an application asked for: the widget shows
/// the providers it allows and ends on one of its redirect URLs.
struct WidgetSession
{
    enum class State { Open, Completed, Failed };

    QString id; ///< random, part of the widget URL
    qint64 applicationId = 0;
    QString referenceId; ///< the developer's own id for the user
    QStringList providers; ///< source keys the widget offers
    QString language;
    QString successRedirectUrl;
    QString failureRedirectUrl;
    QDateTime createdAt;
    QDateTime expiresAt;
    State state = State::Open;

    bool isExpired(const QDateTime &now) const { return !expiresAt.isValid() || now >= expiresAt; }

    static QString toString(State state);
    static State stateFromString(const QString &text);
};
