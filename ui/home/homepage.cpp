#include "ui/home/homepage.h"

#include <QApplication>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>
#include <QVBoxLayout>

#include "core/domain/ids.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
// The time-bound numbers (due today, overdue, received today) move with the clock, not only with the store.
constexpr int kClockRefreshMs = 60 * 1000;

const QColor kWarnBackground(0xfd, 0xe2, 0xe1);
const QColor kWarnBorder(0xb0, 0x00, 0x20);
const QColor kWarnText(0x20, 0x20, 0x20);

// For object names and nothing else: the wording comes from the core (dashboardFigureTitle).
QString figureName(DashboardFigure f)
{
    switch (f) {
    case DashboardFigure::ReceivedToday:
        return u"receivedToday"_s;
    case DashboardFigure::DueToday:
        return u"dueToday"_s;
    case DashboardFigure::Overdue:
        return u"overdue"_s;
    case DashboardFigure::AwaitingSupplement:
        return u"awaitingSupplement"_s;
    case DashboardFigure::ReadyToReturn:
        return u"readyToReturn"_s;
    }
    return {};
}

QDate vietnamToday()
{
    return Time::toVietnam(QDateTime::currentDateTimeUtc()).date();
}
} // namespace

DashboardTile::DashboardTile(DashboardFigure figure, bool mine, QWidget *parent)
    : QAbstractButton(parent), m_figure(figure), m_mine(mine)
{
    setObjectName((mine ? u"mineTile_"_s : u"centerTile_"_s) + figureName(figure));
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    //: Tooltip of a dashboard number
    setToolTip(tr("Show the dossiers this number counts"));
    setValue(std::nullopt);
}

QString DashboardTile::listTitle() const
{
    //: The list behind a dashboard number on the Dossiers page: "Overdue — mine"
    return m_mine ? tr("%1 — mine").arg(dashboardFigureTitle(m_figure))
                  //: The list behind a dashboard number on the Dossiers page: "Overdue — whole center"
                  : tr("%1 — whole center").arg(dashboardFigureTitle(m_figure));
}

void DashboardTile::setValue(std::optional<qint64> value)
{
    m_value = value;
    m_warns = m_figure == DashboardFigure::Overdue && value && *value > 0;
    const QString number = value ? QLocale().toString(*value) : u"–"_s;
    // The accessible name carries the number, so a screen reader says "Overdue — mine: 3".
    setText(number + u' ' + dashboardFigureTitle(m_figure));
    //: Accessible name of a dashboard number: what it counts, then the number
    setAccessibleName(tr("%1: %2", "dashboard tile").arg(listTitle(), number));
    setAccessibleDescription(m_warns ? tr("Past the appointment: act on these first") : QString());
    update();
}

QFont DashboardTile::numberFont() const
{
    QFont f = font();
    f.setPointSizeF(f.pointSizeF() * 2.4);
    f.setBold(true);
    return f;
}

QSize DashboardTile::sizeHint() const
{
    const QFontMetrics fm(font());
    const QFontMetrics big(numberFont());
    const int pad = fm.height();
    // Two lines of title under the number: the longest titles ("Awaiting supplement") wrap on narrow windows.
    return {fm.averageCharWidth() * 22 + 2 * pad, pad * 3 / 2 + big.height() + fm.height() / 4 + fm.height() * 2};
}

QSize DashboardTile::minimumSizeHint() const
{
    const QSize hint = sizeHint();
    return {QFontMetrics(font()).averageCharWidth() * 14, hint.height()};
}

void DashboardTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QFontMetrics fm(font());
    const int pad = fm.height();
    const QRectF box = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    const qreal radius = fm.height() * 0.4;

    QColor background = m_warns ? kWarnBackground : pal.color(QPalette::Base);
    if (isDown())
        background = background.darker(112);
    else if (m_hovered)
        background = background.darker(105);
    QColor border = m_warns ? kWarnBorder : pal.color(QPalette::Mid);
    QPainterPath path;
    path.addRoundedRect(box, radius, radius);
    p.fillPath(path, background);
    p.setPen(QPen(border, m_warns ? 2.0 : 1.0));
    p.drawPath(path);
    if (hasFocus()) {
        // The focus ring inside the border, in the highlight colour: visible on the red tile too.
        QPainterPath ring;
        const QRectF inner = box.adjusted(3, 3, -3, -3);
        ring.addRoundedRect(inner, radius * 0.7, radius * 0.7);
        p.setPen(QPen(pal.color(QPalette::Highlight), 2.0));
        p.drawPath(ring);
    }

    const QRect content = rect().adjusted(pad, pad * 3 / 4, -pad, -pad * 3 / 4);
    const QColor textColor = m_warns ? kWarnText : pal.color(QPalette::Text);
    const QFont big = numberFont();
    const QFontMetrics bigMetrics(big);
    const QString number = m_value ? QLocale().toString(*m_value) : u"–"_s;
    p.setFont(big);
    p.setPen(m_warns ? kWarnBorder : textColor);
    QRect numberRect(content.left(), content.top(), content.width(), bigMetrics.height());
    p.drawText(numberRect, Qt::AlignLeft | Qt::AlignVCenter, number);
    if (m_warns) {
        // Not by colour alone: a warning sign beside the number.
        const int side = bigMetrics.height() * 3 / 4;
        const QIcon icon = style()->standardIcon(QStyle::SP_MessageBoxWarning, nullptr, this);
        const QRect iconRect(content.right() - side, content.top() + (bigMetrics.height() - side) / 2, side, side);
        icon.paint(&p, iconRect);
    }
    p.setFont(font());
    p.setPen(textColor);
    const QRect titleRect(content.left(), numberRect.bottom() + fm.height() / 4, content.width(),
                          content.bottom() - numberRect.bottom() - fm.height() / 4);
    p.drawText(titleRect, Qt::AlignLeft | Qt::AlignTop | Qt::TextWordWrap, dashboardFigureTitle(m_figure));
}

void DashboardTile::keyPressEvent(QKeyEvent *event)
{
    // Enter opens the list too, as on a link; Space is QAbstractButton's.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
        click();
        return;
    }
    QAbstractButton::keyPressEvent(event);
}

void DashboardTile::enterEvent(QEnterEvent *event)
{
    m_hovered = true;
    update();
    QAbstractButton::enterEvent(event);
}

void DashboardTile::leaveEvent(QEvent *event)
{
    m_hovered = false;
    update();
    QAbstractButton::leaveEvent(event);
}

HomePage::HomePage(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_session(session)
{
    setObjectName(u"homePage"_s);

    m_greeting = new QLabel(this);
    m_greeting->setObjectName(u"homeGreeting"_s);
    QFont greetingFont = m_greeting->font();
    greetingFont.setPointSizeF(greetingFont.pointSizeF() * 1.6);
    greetingFont.setBold(true);
    m_greeting->setFont(greetingFont);
    //: The home page's greeting; %1 is the person's full name
    m_greeting->setText(tr("Hello, %1").arg(session.fullName.isEmpty() ? session.username : session.fullName));
    m_date = new QLabel(this);
    m_date->setObjectName(u"homeDate"_s);
    QFont dateFont = m_date->font();
    dateFont.setPointSizeF(dateFont.pointSizeF() * 1.15);
    m_date->setFont(dateFont);

    m_error = new QLabel(this);
    m_error->setObjectName(u"homeError"_s);
    m_error->setWordWrap(true);
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, kWarnBorder);
    m_error->setPalette(errorPalette);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(fontMetrics().height());
    grid->setVerticalSpacing(fontMetrics().height() / 2);
    const QList<DashboardFigure> figures = dashboardFigures();
    QFont headingFont = font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.25);
    headingFont.setBold(true);
    int row = 0;
    for (const bool mine : {true, false}) {
        auto *heading = new QLabel(mine ? tr("Mine") : tr("Whole center"), this);
        heading->setObjectName(mine ? u"mineHeading"_s : u"centerHeading"_s);
        heading->setFont(headingFont);
        auto *sentence =
            new QLabel(mine ? tr("The dossiers you received or hold now") : tr("Every dossier of the center"), this);
        sentence->setObjectName(mine ? u"mineSentence"_s : u"centerSentence"_s);
        QPalette dim = sentence->palette();
        dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
        sentence->setPalette(dim);
        if (row > 0)
            grid->setRowMinimumHeight(row++, fontMetrics().height());
        grid->addWidget(heading, row++, 0, 1, int(figures.size()));
        grid->addWidget(sentence, row++, 0, 1, int(figures.size()));
        for (int column = 0; column < figures.size(); ++column) {
            auto *tile = new DashboardTile(figures.at(column), mine, this);
            connect(tile, &QAbstractButton::clicked, this,
                    [this, tile] { emit figureActivated(tile->figure(), tile->mine(), tile->listTitle()); });
            grid->addWidget(tile, row, column);
            m_tiles.append(tile);
        }
        ++row;
    }
    for (int column = 0; column < figures.size(); ++column)
        grid->setColumnStretch(column, 1);

    m_updated = new QLabel(this);
    m_updated->setObjectName(u"homeUpdated"_s);
    QPalette dim = m_updated->palette();
    dim.setColor(QPalette::WindowText, dim.color(QPalette::PlaceholderText));
    m_updated->setPalette(dim);

    auto *layout = new QVBoxLayout(this);
    const int margin = fontMetrics().height() * 3 / 2;
    layout->setContentsMargins(margin, margin, margin, margin);
    layout->addWidget(m_greeting);
    layout->addWidget(m_date);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_error);
    layout->addLayout(grid);
    layout->addSpacing(fontMetrics().height());
    layout->addWidget(m_updated);
    layout->addStretch(1);

    // Tab goes through the person's numbers, then the center's.
    for (int i = 1; i < m_tiles.size(); ++i)
        setTabOrder(m_tiles.at(i - 1), m_tiles.at(i));
    setFocusProxy(m_tiles.value(0));

    auto *clock = new QTimer(this);
    clock->setObjectName(u"homeClock"_s);
    clock->setInterval(kClockRefreshMs);
    connect(clock, &QTimer::timeout, this, &HomePage::refresh);
    clock->start();
}

HomePage::~HomePage() = default;

DashboardTile *HomePage::tile(DashboardFigure figure, bool mine) const
{
    for (DashboardTile *t : m_tiles) {
        if (t->figure() == figure && t->mine() == mine)
            return t;
    }
    return nullptr;
}

void HomePage::reload()
{
    ++m_loads;
    m_stale = false;
    const QDate today = vietnamToday();
    //: The home page's date line: the weekday, then the date (dd/MM/yyyy)
    m_date->setText(tr("Today is %1, %2").arg(QLocale().dayName(today.dayOfWeek()), today.toString(u"dd/MM/yyyy"_s)));
    auto d = ReportService(m_store).dashboard(m_session);
    if (!d) {
        m_error->setText(tr("The numbers could not be read: %1").arg(ErrorText::message(d.error())));
        m_error->setVisible(true);
        for (DashboardTile *t : std::as_const(m_tiles))
            t->setValue(std::nullopt);
        emit loadFailed(d.error());
        return;
    }
    m_error->setVisible(false);
    m_dashboard = *d;
    for (DashboardTile *t : std::as_const(m_tiles))
        t->setValue((t->mine() ? m_dashboard.mine : m_dashboard.center).value(t->figure()));
    m_updated->setText(tr("Figures as of %1; they follow every change. Press a number to see its dossiers.")
                           .arg(Time::toVietnam(QDateTime::currentDateTimeUtc()).toString(u"HH:mm"_s)));
}

void HomePage::refresh()
{
    if (isVisible())
        reload();
    else
        m_stale = true;
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Shown again (back from another page, or the window un-minimised): the clock may have moved the numbers.
    if (m_stale || !event->spontaneous())
        reload();
}

} // namespace MotCua::Ui
