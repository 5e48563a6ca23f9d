#pragma once

#include "Application.h"
#include "IntegrationSource.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

/// The applications of a workspace, one per row, with what each may use
/// and whether its credentials are complete.
class ApplicationsTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, ClientId, Sources, Webhook, Credentials, ColumnCount };
    Q_ENUM(Column)

    enum Role {
        ClientIdRole = Qt::UserRole + 1, ///< the row's client ID, in every column
        SearchRole, ///< name and client ID, for filtering
        MissingCredentialsRole, ///< the number of allowed sources lacking credentials
    };

    explicit ApplicationsTableModel(QObject *parent = nullptr);

    /// Replaces the rows; @p sources name the sources and tell which need credentials.
    void setContents(const QList<Application> &applications, const QList<IntegrationSource> &sources);

    QList<Application> applications() const { return m_applications; }
    Application application(int row) const { return m_applications.value(row); }
    /// The row of @p clientId, or -1.
    int rowOf(const QString &clientId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString sourceName(const QString &key) const;
    QString sourcesText(const Application &application) const;
    QString credentialsText(const Application &application, const QStringList &missing) const;

    QList<Application> m_applications;
    QList<IntegrationSource> m_sources;
    QHash<QString, QString> m_sourceNames;
    QList<QStringList> m_missing; ///< per row
};
