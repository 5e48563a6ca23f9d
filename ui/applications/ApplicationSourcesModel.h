#pragma once

#include "Application.h"
#include "IntegrationSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QMap>
#include <QSet>

/// Every source, with whether the edited application may use it and, for
/// sources without credentials of their own, the application's client ID
/// for it and whether its secret is set. The editor's working copy: what
/// it holds becomes the application's sourceKeys and credentials.
class ApplicationSourcesModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Source, AuthType, ClientId, Secret, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        KeyRole = Qt::UserRole + 1, ///< the source key, in every column
        NeedsCredentialsRole, ///< true where the source is allowed and lacks credentials
    };

    explicit ApplicationSourcesModel(QObject *parent = nullptr);

    /// Replaces the sources, keeping what is allowed and typed.
    void setSources(const QList<IntegrationSource> &sources);
    /// Loads what @p application uses; @p application is also taken as the stored state.
    void setApplication(const Application &application);
    /// Takes the secret flags and allowed sources from the stored @p application, keeping edits.
    void setStoredState(const Application &application);

    /// The allowed source keys, sorted.
    QStringList allowedKeys() const;
    /// Credentials of the allowed sources, as ApplicationRepository keeps them.
    QMap<QString, Application::SourceCredentials> credentials() const;
    /// The number of allowed sources lacking credentials.
    int missingCount() const;

    IntegrationSource source(int row) const { return m_sources.value(row); }
    int rowOf(const QString &key) const;
    bool isAllowed(const QString &key) const { return m_allowed.contains(key); }
    /// True where the stored application allows @p key, so its secret can be recorded.
    bool isStoredAllowed(const QString &key) const { return m_storedAllowed.contains(key); }
    bool hasSecret(const QString &key) const { return m_credentials.value(key).hasClientSecret; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// The user allowed or disallowed a source or typed a client ID.
    void edited();

private:
    bool lacksCredentials(const IntegrationSource &source) const;
    QIcon logo(const IntegrationSource &source) const;
    void refreshAll();

    QList<IntegrationSource> m_sources;
    QSet<QString> m_allowed;
    QSet<QString> m_storedAllowed;
    QMap<QString, Application::SourceCredentials> m_credentials; ///< also of sources not allowed now
    mutable QHash<QString, QIcon> m_logos;
};
