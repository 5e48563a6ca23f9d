#include "SourcesTableModel.h"

#include "SourceLogo.h"
#include "SourcesController.h"
#include "StatusAccent.h"

#include <QLocale>
#include <QPalette>
#include <QPixmap>

namespace {
// Twice the 26-pixel table icon, sharp on high-density screens too.
constexpr int kLogoPixels = 52;
constexpr int kLogoBatch = 48;
} // namespace

SourcesTableModel::SourcesTableModel(SourcesController &controller, QObject *parent)
    : QAbstractTableModel(parent)
    , m_controller(controller)
    , m_sources(controller.sources())
    , m_lastTests(controller.lastTestRuns())
{
    connect(&controller, &SourcesController::sourcesChanged, this, &SourcesTableModel::refresh);
    connect(&controller, &SourcesController::sourcesAppended, this, [this](int first) {
        beginInsertRows({}, first, int(m_controller.sources().size()) - 1);
        m_sources = m_controller.sources();
        endInsertRows();
    });
}

void SourcesTableModel::refresh()
{
    beginResetModel();
    m_sources = m_controller.sources();
    m_lastTests = m_controller.lastTestRuns();
    endResetModel();
}

void SourcesTableModel::reloadLastTests()
{
    m_lastTests = m_controller.lastTestRuns();
    if (!m_sources.isEmpty())
        Q_EMIT dataChanged(index(0, LastTest), index(int(m_sources.size()) - 1, LastTest));
}

QString SourcesTableModel::lastTestText(const TestRunRecord &run)
{
    const QDateTime local = run.startedAt.toLocalTime();
    const QString when = local.date() == QDate::currentDate()
        ? QLocale().toString(local.time(), QLocale::ShortFormat)
        : QLocale().toString(local.date(), QLocale::ShortFormat);
    switch (run.result) {
    case TestRunRecord::Result::Passed:
        return tr("passed, %1").arg(when);
    case TestRunRecord::Result::Failed:
        return tr("failed, %1").arg(when);
    case TestRunRecord::Result::Cancelled:
        return tr("cancelled, %1").arg(when);
    }
    return {};
}

int SourcesTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_sources.size());
}

int SourcesTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString SourcesTableModel::credentialsText(const IntegrationSource &s)
{
    if (!s.isOAuth())
        return tr("none needed");
    if (!s.hasOwnCredentials())
        return tr("per application");
    return s.hasClientSecret ? tr("client ID and secret") : tr("client ID, no secret");
}

QStringList SourcesTableModel::credentialsTexts()
{
    return { tr("none needed"), tr("per application"), tr("client ID and secret"),
        tr("client ID, no secret") };
}

QIcon SourcesTableModel::logoFor(int row) const
{
    const auto cacheKey = [this](int r) {
        const IntegrationSource &s = m_sources.at(r);
        return s.key + QLatin1Char('@') + QString::number(s.revision);
    };
    const QString key = cacheKey(row);
    const auto cached = m_logoCache.constFind(key);
    if (cached != m_logoCache.cend())
        return *cached;
    if (!m_logoBytes.contains(key)) {
        // One query for a screenful of rows instead of one a row.
        QStringList keys;
        QStringList sourceKeys;
        for (int r = row; r < qMin(row + kLogoBatch, int(m_sources.size())); ++r) {
            if (!m_logoCache.contains(cacheKey(r))) {
                keys << cacheKey(r);
                sourceKeys << m_sources.at(r).key;
            }
        }
        const auto fetched = m_controller.logos(sourceKeys);
        for (int i = 0; i < keys.size(); ++i)
            m_logoBytes.insert(keys.at(i), fetched.value(sourceKeys.at(i)));
    }
    const auto [logo, mimeType] = m_logoBytes.take(key);
    QIcon icon;
    if (!logo.isEmpty())
        icon = QIcon(QPixmap::fromImage(SourceLogo::render(logo, mimeType, QSize(kLogoPixels, kLogoPixels))));
    m_logoCache.insert(key, icon);
    return icon;
}

QVariant SourcesTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const IntegrationSource &s = m_sources.at(index.row());
    switch (role) {
    case KeyRole:
        return s.key;
    case AuthTypeRole:
        return IntegrationSource::toString(s.authType);
    case SearchTextRole:
        return s.key + QLatin1Char(' ') + s.displayName + QLatin1Char(' ') + s.description;
    default:
        break;
    }
    switch (index.column()) {
    case Logo:
        if (role == Qt::DecorationRole)
            return logoFor(index.row());
        if (role == Qt::ToolTipRole)
            return s.displayName;
        break;
    case Name:
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return s.displayName;
        if (role == Qt::ToolTipRole)
            return s.description.isEmpty() ? s.key : s.description;
        break;
    case AuthType:
        if (role == Qt::DisplayRole)
            return IntegrationSource::title(s.authType);
        break;
    case Enabled:
        if (role == Qt::CheckStateRole)
            return s.enabled ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::ToolTipRole)
            return s.enabled ? tr("Enabled: offered to applications")
                             : tr("Disabled: hidden from every application");
        if (role == Qt::AccessibleTextRole)
            return s.enabled ? tr("enabled") : tr("disabled");
        break;
    case Credentials:
        if (role == Qt::DisplayRole)
            return credentialsText(s);
        break;
    case LastTest: {
        const auto run = m_lastTests.constFind(s.key);
        if (run == m_lastTests.cend()) {
            if (role == Qt::DisplayRole)
                return tr("never");
            if (role == Qt::ToolTipRole)
                return tr("Not tested yet: run a test on the Tests page.");
            if (role == Qt::ForegroundRole)
                return QPalette().brush(QPalette::Disabled, QPalette::Text);
            break;
        }
        if (role == Qt::DisplayRole)
            return lastTestText(*run);
        if (role == Qt::ToolTipRole)
            return tr("Last test run %1, %2 ms")
                .arg(QLocale().toString(run->startedAt.toLocalTime(), QLocale::LongFormat))
                .arg(run->durationMs);
        if (role == Qt::ForegroundRole && run->result == TestRunRecord::Result::Failed)
            return StatusAccent::color(StatusAccent::Kind::Error, QPalette());
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant SourcesTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Logo:
        return QString();
    case Name:
        return tr("Name");
    case AuthType:
        return tr("Auth type");
    case Enabled:
        return tr("Enabled");
    case Credentials:
        return tr("Credentials");
    case LastTest:
        return tr("Last test");
    default:
        return {};
    }
}

Qt::ItemFlags SourcesTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags flags = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Enabled)
        flags |= Qt::ItemIsUserCheckable;
    return flags;
}

bool SourcesTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Enabled || role != Qt::CheckStateRole)
        return false;
    const bool enabled = value.toInt() == Qt::Checked;
    return m_controller.setEnabled(m_sources.at(index.row()).key, enabled).isOk();
}

int SourcesTableModel::rowOf(const QString &key) const
{
    for (int row = 0; row < m_sources.size(); ++row) {
        if (m_sources.at(row).key == key)
            return row;
    }
    return -1;
}

QString SourcesTableModel::keyAt(int row) const
{
    return row >= 0 && row < m_sources.size() ? m_sources.at(row).key : QString();
}
