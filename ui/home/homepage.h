#pragma once

#include <QAbstractButton>
#include <QDateTime>
#include <QList>
#include <QWidget>

#include "core/reports/reportservice.h"
#include "core/services/session.h"

class QGridLayout;
class QLabel;

namespace MotCua
{
class Store;
struct Error;
} // namespace MotCua

namespace MotCua::Ui
{

// One number of the dashboard: a real button (Tab reaches it, Space or Enter opens it) that reads as its number and
// what it counts. It paints itself so that the warning colour and the focus ring look the same on every style.
class DashboardTile final : public QAbstractButton
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DashboardTile)

public:
    DashboardTile(DashboardFigure figure, bool mine, QWidget *parent = nullptr);

    DashboardFigure figure() const { return m_figure; }
    bool mine() const { return m_mine; }
    // The number shown; none when it could not be counted ("–").
    std::optional<qint64> value() const { return m_value; }
    void setValue(std::optional<qint64> value);
    // Red with a warning sign: an overdue number above zero.
    bool warns() const { return m_warns; }
    // What the tile's list is called on the Dossiers page: "Overdue — mine".
    QString listTitle() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void enterEvent(QEnterEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    QFont numberFont() const;

    DashboardFigure m_figure;
    bool m_mine;
    std::optional<qint64> m_value;
    bool m_warns = false;
    bool m_hovered = false;
};

// The home page after signing in: a greeting with the person's name and today's date, then the five numbers of the
// day (ReportService::dashboard) twice, for the person's own dossiers and for the whole center. Each number opens
// the list of the dossiers it counts. The numbers are read when the page is shown and when the store changed while
// it shows (refresh()), never while painting.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    HomePage(Store &store, const Session &session, QWidget *parent = nullptr);
    ~HomePage() override;

    // The tile of a figure in the person's row or the center's.
    DashboardTile *tile(DashboardFigure figure, bool mine) const;
    const Dashboard &dashboard() const { return m_dashboard; }
    // How often the numbers were read (ReportService::dashboard calls), for tests that no repaint reads them.
    int loadCount() const { return m_loads; }

public slots:
    // Reads the numbers now.
    void reload();
    // After the store changed: reads them now when the page is shown, else when it is shown next.
    void refresh();

signals:
    // A number was clicked: show the dossiers behind it (ReportService::dashboardFilter(figure, mine)).
    void figureActivated(MotCua::DashboardFigure figure, bool mine, const QString &title);
    void loadFailed(const MotCua::Error &error);

protected:
    void showEvent(QShowEvent *event) override;

private:
    Store &m_store;
    Session m_session;
    QLabel *m_greeting = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_updated = nullptr;
    QLabel *m_error = nullptr;
    QList<DashboardTile *> m_tiles; // the person's five, then the center's
    Dashboard m_dashboard;
    bool m_stale = true;
    int m_loads = 0;
};

} // namespace MotCua::Ui
