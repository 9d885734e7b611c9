#include "ui/search/searchpanel.h"

#include <algorithm>

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include "core/services/authservice.h"
#include "core/services/catalogservice.h"
#include "core/services/dossierservice.h"
#include "core/store/searchindex.h"
#include "ui/shell/errortext.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{
constexpr int kDelayMs = 120; // the typing pause before a search
constexpr int kPerKind = 8;   // rows per kind in the popup
constexpr int kPageSize = 50; // rows per "more results" page
constexpr int kMaxVisibleRows = 18;
// Highlight markers no one types: private-use code points, replaced by <b> after the text is escaped.
const QString kOpen = QString(QChar(0xE000));
const QString kClose = QString(QChar(0xE001));

QString stripMarkers(QString text)
{
    return text.remove(kOpen).remove(kClose);
}

// A date filter's value: none while it shows its minimum ("any").
QDate dateBound(const QDateEdit *edit)
{
    return edit->date() == edit->minimumDate() ? QDate() : edit->date();
}

// Paints a row's HTML (kHtmlRole) with the palette of its state; kind headers in bold on a quiet background.
class ResultDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const bool header = index.data(SearchPanel::kHeaderRole).toBool();
        opt.text.clear();
        const QWidget *widget = opt.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        if (header) {
            painter->fillRect(opt.rect, opt.palette.alternateBase());
            painter->setPen(QPen(opt.palette.mid().color()));
            painter->drawLine(opt.rect.bottomLeft(), opt.rect.bottomRight());
        } else {
            style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
        }
        QTextDocument doc;
        setUp(doc, opt, index);
        const QColor text = (opt.state & QStyle::State_Selected) && !header
                                ? opt.palette.color(QPalette::Active, QPalette::HighlightedText)
                                : opt.palette.color(QPalette::Active, QPalette::Text);
        QAbstractTextDocumentLayout::PaintContext context;
        context.palette = opt.palette;
        context.palette.setColor(QPalette::Text, text);
        const int margin = margins(opt);
        painter->save();
        painter->translate(opt.rect.left() + margin, opt.rect.top() + (opt.rect.height() - doc.size().height()) / 2);
        painter->setClipRect(QRectF(0, 0, opt.rect.width() - 2 * margin, opt.rect.height()));
        doc.documentLayout()->draw(painter, context);
        painter->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        QTextDocument doc;
        setUp(doc, opt, index);
        const int pad =
            index.data(SearchPanel::kHeaderRole).toBool() ? opt.fontMetrics.height() / 4 : opt.fontMetrics.height() / 3;
        return {int(doc.idealWidth()) + 2 * margins(opt), int(doc.size().height()) + 2 * pad};
    }

private:
    static int margins(const QStyleOptionViewItem &opt) { return opt.fontMetrics.averageCharWidth(); }

    static void setUp(QTextDocument &doc, const QStyleOptionViewItem &opt, const QModelIndex &index)
    {
        QFont font = opt.font;
        if (index.data(SearchPanel::kHeaderRole).toBool()) {
            font.setBold(true);
            font.setPointSizeF(font.pointSizeF() * 0.95);
        }
        doc.setDefaultFont(font);
        doc.setDocumentMargin(0);
        QTextOption textOption = doc.defaultTextOption();
        textOption.setWrapMode(QTextOption::NoWrap);
        doc.setDefaultTextOption(textOption);
        doc.setHtml(index.data(SearchPanel::kHtmlRole).toString());
    }
};
} // namespace

SearchPanel::SearchPanel(Store &store, const Session &session, QWidget *parent)
    : QWidget(parent), m_store(store), m_service(store), m_session(session), m_edit(new QLineEdit(this)),
      m_timer(new QTimer(this))
{
    setObjectName(u"searchPanel"_s);
    m_edit->setObjectName(u"globalSearch"_s);
    m_edit->setAccessibleName(tr("Search dossiers, applicants and procedures"));
    m_edit->setPlaceholderText(tr("Search: code, name, citizen ID, procedure… (Ctrl+K)"));
    m_edit->setToolTip(tr("Search dossiers, applicants and procedures (Ctrl+F, Ctrl+K). Diacritics are optional."));
    m_edit->setClearButtonEnabled(true);
    const QFontMetrics fm = m_edit->fontMetrics();
    m_edit->setMinimumWidth(fm.averageCharWidth() * 40);
    m_edit->setMaximumWidth(fm.averageCharWidth() * 90);
    // Centred in the width it is given (the main window's tool bar), like a command palette.
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addStretch(1);
    layout->addWidget(m_edit, 4);
    layout->addStretch(1);

    m_timer->setSingleShot(true);
    m_timer->setInterval(kDelayMs);
    connect(m_edit, &QLineEdit::textEdited, m_timer, qOverload<>(&QTimer::start));
    connect(m_edit, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_timer->stop();
            closePopup();
            m_lastQuery.clear();
        }
    });
    connect(m_timer, &QTimer::timeout, this, &SearchPanel::runSearch);
    // One filter on the application sees the field's keys, the window's resizes (to keep the popup in place) and
    // Ctrl+K in other text fields, where it would delete to the end of the line (X11 and macOS key bindings).
    qApp->installEventFilter(this);
    // The popup closes when the focus leaves both the field and the popup (its filters take the focus; clicking a
    // result does not).
    connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) {
        if (!isPopupVisible() || !now || now == m_edit)
            return;
        for (QWidget *w = now; w; w = w->parentWidget()) {
            if (w == m_popup)
                return;
        }
        closePopup();
    });
}

SearchPanel::~SearchPanel() = default;

QString SearchPanel::kindTitle(const QString &kind)
{
    if (kind == SearchIndex::Dossier)
        return tr("Dossiers");
    if (kind == SearchIndex::Applicant)
        return tr("Applicants");
    if (kind == SearchIndex::Procedure)
        return tr("Procedures");
    if (kind == SearchIndex::Attachment)
        return tr("Attachments");
    return kind;
}

QString SearchPanel::highlightHtml(const QString &snippet, const QString &open, const QString &close)
{
    QString html;
    html.reserve(snippet.size() + 16);
    qsizetype pos = 0;
    bool inside = false;
    while (pos < snippet.size()) {
        const QString &marker = inside ? close : open;
        const qsizetype at = marker.isEmpty() ? -1 : snippet.indexOf(marker, pos);
        const qsizetype end = at < 0 ? snippet.size() : at;
        html += snippet.mid(pos, end - pos).toHtmlEscaped();
        if (at < 0)
            break;
        html += inside ? u"</b>"_s : u"<b>"_s;
        inside = !inside;
        pos = at + marker.size();
    }
    if (inside)
        html += u"</b>"_s;
    return html;
}

void SearchPanel::ensurePopup()
{
    QWidget *window = this->window();
    if (m_popup && m_window == window)
        return;
    delete m_popup;
    m_window = window;

    // A child of the window laid over its content, not a separate popup window: the field keeps the keyboard focus
    // and the typing goes on while the results change.
    m_popup = new QFrame(window);
    m_popup->setObjectName(u"searchPopup"_s);
    m_popup->setFrameShape(QFrame::StyledPanel);
    m_popup->setAutoFillBackground(true);
    m_popup->setBackgroundRole(QPalette::Base);
    m_popup->setFocusPolicy(Qt::NoFocus);

    m_list = new QListWidget(m_popup);
    m_list->setObjectName(u"searchResults"_s);
    m_list->setAccessibleName(tr("Search results"));
    m_list->setFocusPolicy(Qt::NoFocus);
    m_list->setFrameShape(QFrame::NoFrame);
    m_list->setItemDelegate(new ResultDelegate(m_list));
    m_list->setUniformItemSizes(false);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMouseTracking(true);
    connect(m_list, &QListWidget::itemClicked, this, &SearchPanel::activateRow);

    m_message = new QLabel(m_popup);
    m_message->setObjectName(u"searchMessage"_s);
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setMargin(fontMetrics().averageCharWidth());

    auto *footer = new QFrame(m_popup);
    footer->setAutoFillBackground(true);
    footer->setBackgroundRole(QPalette::Window);
    auto *footerLayout = new QHBoxLayout(footer);
    footerLayout->setContentsMargins(fontMetrics().averageCharWidth(), 2, fontMetrics().averageCharWidth(), 2);
    auto *showLabel = new QLabel(tr("Show:"), footer);
    footerLayout->addWidget(showLabel);
    for (const QString &kind :
         {SearchIndex::Dossier, SearchIndex::Applicant, SearchIndex::Procedure, SearchIndex::Attachment}) {
        auto *box = new QCheckBox(kindTitle(kind), footer);
        box->setObjectName(u"searchKind_"_s + kind);
        box->setProperty("kind", kind);
        box->setChecked(true);
        box->setFocusPolicy(Qt::NoFocus); // the field keeps the focus
        connect(box, &QCheckBox::toggled, this, [this] {
            m_lastQuery.clear();
            searchNow();
            m_edit->setFocus();
        });
        footerLayout->addWidget(box);
        m_kindBoxes.append(box);
    }
    m_filterButton = new QToolButton(footer);
    m_filterButton->setObjectName(u"searchFilters"_s);
    m_filterButton->setCheckable(true);
    m_filterButton->setAutoRaise(true);
    m_filterButton->setFocusPolicy(Qt::NoFocus);
    m_filterButton->setToolTip(tr("Filter the dossiers by state, date received, field, procedure and assignee"));
    footerLayout->addWidget(m_filterButton);
    footerLayout->addStretch(1);
    m_keysHint = new QLabel(tr("↑↓ choose · Enter open · Esc close"), footer);
    m_keysHint->setForegroundRole(QPalette::PlaceholderText);
    footerLayout->addWidget(m_keysHint);

    auto *layout = new QVBoxLayout(m_popup);
    layout->setContentsMargins(1, 1, 1, 1);
    layout->setSpacing(0);
    m_filterBar = createFilterBar(m_popup);
    m_filterBar->hide();
    connect(m_filterButton, &QToolButton::toggled, this, [this](bool on) {
        m_filterBar->setVisible(on);
        placePopup();
        if (on)
            m_stateFilter->setFocus(Qt::TabFocusReason);
        else
            m_edit->setFocus();
    });
    updateFilterButton();
    layout->addWidget(m_filterBar);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_message);
    layout->addWidget(footer);
    m_popup->hide();
}

QWidget *SearchPanel::createFilterBar(QWidget *parent)
{
    auto *bar = new QFrame(parent);
    bar->setObjectName(u"searchFilterBar"_s);
    bar->setAutoFillBackground(true);
    bar->setBackgroundRole(QPalette::Window);
    // Two rows: state and dates; field, procedure and assignee.
    auto *grid = new QGridLayout(bar);
    const int space = fontMetrics().averageCharWidth();
    grid->setContentsMargins(space, space / 2, space, space / 2);
    int row = 0;
    int column = 0;
    auto addLabelled = [&](const QString &label, QWidget *w) {
        auto *l = new QLabel(label, bar);
        l->setBuddy(w);
        grid->addWidget(l, row, column++, Qt::AlignRight);
        grid->addWidget(w, row, column++);
    };

    m_stateFilter = new QComboBox(bar);
    m_stateFilter->setObjectName(u"searchStateFilter"_s);
    m_stateFilter->addItem(tr("Any"), QString());
    for (const QString &state : DossierService::knownStates())
        m_stateFilter->addItem(ErrorText::dossierState(state), state);
    addLabelled(tr("&State"), m_stateFilter);

    // Dates: the minimum date reads "any" (no bound).
    const QDate none(2000, 1, 1);
    auto makeDate = [&](const QString &name) {
        auto *edit = new QDateEdit(bar);
        edit->setObjectName(name);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(u"dd/MM/yyyy"_s);
        edit->setMinimumDate(none);
        edit->setSpecialValueText(tr("any"));
        edit->setDate(none);
        return edit;
    };
    m_fromFilter = makeDate(u"searchFromFilter"_s);
    m_untilFilter = makeDate(u"searchUntilFilter"_s);
    addLabelled(tr("Received &from"), m_fromFilter);
    addLabelled(tr("&until"), m_untilFilter);
    row = 1;
    column = 0;

    m_fieldFilter = new QComboBox(bar);
    m_fieldFilter->setObjectName(u"searchFieldFilter"_s);
    m_fieldFilter->addItem(tr("Any"), QString());
    if (auto fields = CatalogService(m_store).fields(); fields) {
        for (const QString &f : *fields)
            m_fieldFilter->addItem(f, f);
    }
    m_fieldFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_fieldFilter->setMinimumContentsLength(14);
    addLabelled(tr("F&ield"), m_fieldFilter);

    m_procedureFilter = new QComboBox(bar);
    m_procedureFilter->setObjectName(u"searchProcedureFilter"_s);
    m_procedureFilter->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_procedureFilter->setMinimumContentsLength(18);
    auto fillProcedures = [this] {
        const QString field = m_fieldFilter->currentData().toString();
        const QSignalBlocker block(m_procedureFilter);
        m_procedureFilter->clear();
        m_procedureFilter->addItem(tr("Any"), QString());
        if (auto procedures = CatalogService(m_store).search(QString(), 1000); procedures) {
            for (const Procedure &p : *procedures) {
                if (field.isEmpty() || p.field == field) {
                    const QString name = ErrorText::procedureName(p);
                    m_procedureFilter->addItem(name, p.code);
                    m_procedureFilter->setItemData(m_procedureFilter->count() - 1, QString(p.code + u" — "_s + name),
                                                   Qt::ToolTipRole);
                }
            }
        }
    };
    fillProcedures();
    addLabelled(tr("&Procedure"), m_procedureFilter);

    m_assigneeFilter = new QComboBox(bar);
    m_assigneeFilter->setObjectName(u"searchAssigneeFilter"_s);
    m_assigneeFilter->addItem(tr("Anyone"), QString());
    if (auto users = AuthService(m_store).listColleagues(m_session); users) {
        for (const User &u : *users)
            m_assigneeFilter->addItem(u.fullName.isEmpty() ? u.username : u.fullName + u" ("_s + u.username + u')',
                                      u.username);
    }
    addLabelled(tr("&Assignee"), m_assigneeFilter);

    auto *clear = new QToolButton(bar);
    clear->setObjectName(u"searchClearFilters"_s);
    clear->setText(tr("Clear"));
    clear->setToolTip(tr("Clear every filter"));
    grid->addWidget(clear, 0, 6, Qt::AlignRight);
    grid->setColumnStretch(3, 1);
    grid->setColumnStretch(5, 1);

    for (QComboBox *combo : {m_stateFilter, m_procedureFilter, m_assigneeFilter})
        connect(combo, &QComboBox::currentIndexChanged, this, &SearchPanel::filtersChanged);
    connect(m_fieldFilter, &QComboBox::currentIndexChanged, this, [this, fillProcedures] {
        fillProcedures();
        filtersChanged();
    });
    for (QDateEdit *edit : {m_fromFilter, m_untilFilter})
        connect(edit, &QDateEdit::dateChanged, this, &SearchPanel::filtersChanged);
    connect(clear, &QToolButton::clicked, this, [this, none] {
        for (QComboBox *combo : {m_stateFilter, m_fieldFilter, m_procedureFilter, m_assigneeFilter}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        for (QDateEdit *edit : {m_fromFilter, m_untilFilter}) {
            const QSignalBlocker block(edit);
            edit->setDate(none);
        }
        filtersChanged();
    });
    return bar;
}

int SearchPanel::activeFilterCount() const
{
    if (!m_filterBar)
        return 0;
    int n = 0;
    for (const QComboBox *combo : {m_stateFilter, m_fieldFilter, m_procedureFilter, m_assigneeFilter})
        n += combo->currentData().toString().isEmpty() ? 0 : 1;
    for (const QDateEdit *edit : {m_fromFilter, m_untilFilter})
        n += dateBound(edit).isValid() ? 1 : 0;
    return n;
}

void SearchPanel::updateFilterButton()
{
    const int n = activeFilterCount();
    //: The search popup's filter button; %1 is how many filters are set
    m_filterButton->setText(n == 0 ? tr("Filters") : tr("Filters (%1)").arg(n));
}

void SearchPanel::filtersChanged()
{
    updateFilterButton();
    m_lastQuery.clear();
    runSearch();
}

SearchQuery SearchPanel::currentQuery() const
{
    SearchQuery query;
    query.text = m_edit->text().trimmed();
    query.limit = kPerKind;
    query.open = kOpen;
    query.close = kClose;
    for (const QCheckBox *box : m_kindBoxes) {
        if (box->isChecked())
            query.kinds.append(box->property("kind").toString());
    }
    if (m_filterBar) {
        query.state = m_stateFilter->currentData().toString();
        query.field = m_fieldFilter->currentData().toString();
        query.procedureCode = m_procedureFilter->currentData().toString();
        query.assignee = m_assigneeFilter->currentData().toString();
        query.receivedFrom = dateBound(m_fromFilter);
        query.receivedTo = dateBound(m_untilFilter);
    }
    return query;
}

bool SearchPanel::isPopupVisible() const
{
    return m_popup && m_popup->isVisible();
}

const SearchHit *SearchPanel::currentHit() const
{
    if (!m_list || !m_list->currentItem())
        return nullptr;
    const int i = m_list->currentItem()->data(kHitRole).toInt();
    return i >= 0 && i < m_hits.size() ? &m_hits.at(i) : nullptr;
}

void SearchPanel::activate()
{
    m_edit->setFocus(Qt::ShortcutFocusReason);
    m_edit->selectAll();
    if (!m_edit->text().trimmed().isEmpty())
        searchNow();
}

void SearchPanel::searchNow()
{
    m_timer->stop();
    runSearch();
}

void SearchPanel::closePopup()
{
    if (m_popup)
        m_popup->hide();
}

void SearchPanel::runSearch()
{
    const QString text = m_edit->text().trimmed();
    if (text.isEmpty()) {
        closePopup();
        return;
    }
    ensurePopup();
    const SearchQuery query = currentQuery();
    const QString key = text + u'\x1f' + query.kinds.join(u',');
    if (key == m_lastQuery && isPopupVisible())
        return;
    m_lastQuery = key;
    m_lastError.clear();
    m_paged = false;
    m_nextBefore = 0;
    m_moreAvailable = false;
    if (query.kinds.isEmpty()) {
        m_hits.clear();
        m_list->clear();
        showMessage(tr("Tick at least one kind of record to search."));
    } else if (auto result = m_service.search(m_session, query); result) {
        fill(*result);
    } else {
        m_hits.clear();
        m_list->clear();
        m_lastError = result.error().message;
        showMessage(result.error().code == Error::Code::Invalid
                        ? ErrorText::message(result.error())
                        : tr("Search is not available: %1").arg(ErrorText::message(result.error())));
    }
    placePopup();
    m_popup->show();
    m_popup->raise();
}

void SearchPanel::fill(const SearchResult &result)
{
    m_hits = result.hits;
    m_moreAvailable = result.more; // more than the popup shows
    showRows(-1);
}

void SearchPanel::loadMore()
{
    if (!m_popup || !m_moreAvailable)
        return;
    SearchQuery query = currentQuery();
    query.paged = true;
    query.limit = kPageSize;
    query.before = m_paged ? m_nextBefore : 0;
    auto result = m_service.search(m_session, query);
    if (!result) {
        m_lastError = result.error().message;
        showMessage(tr("Search is not available: %1").arg(ErrorText::message(result.error())));
        return;
    }
    if (!m_paged)
        m_hits.clear();
    m_paged = true;
    // Keep the row the person is on: the first new hit.
    QSet<QString> seen;
    for (const SearchHit &h : std::as_const(m_hits))
        seen.insert(h.kind + u'/' + h.id);
    const qsizetype before = m_hits.size();
    for (const SearchHit &h : result->hits) {
        if (!seen.contains(h.kind + u'/' + h.id))
            m_hits.append(h);
    }
    const int firstNew = before < m_hits.size() ? int(before) : -1;
    const SearchHit firstNewHit = firstNew >= 0 ? m_hits.at(firstNew) : SearchHit{};
    std::stable_sort(m_hits.begin(), m_hits.end(), [](const SearchHit &a, const SearchHit &b) {
        return SearchIndex::kindOrder(a.kind) < SearchIndex::kindOrder(b.kind);
    });
    m_nextBefore = result->nextBefore;
    m_moreAvailable = result->nextBefore > 0;
    int select = -1;
    for (int i = 0; firstNew >= 0 && i < m_hits.size(); ++i) {
        if (m_hits.at(i).kind == firstNewHit.kind && m_hits.at(i).id == firstNewHit.id)
            select = i;
    }
    showRows(select);
    placePopup();
}

void SearchPanel::showRows(int selectHit)
{
    m_list->setUpdatesEnabled(false);
    m_list->clear();
    QString kind;
    int firstHitRow = -1;
    int selectRow = -1;
    for (int i = 0; i < m_hits.size(); ++i) {
        const SearchHit &hit = m_hits.at(i);
        if (hit.kind != kind) {
            kind = hit.kind;
            auto *header = new QListWidgetItem(m_list);
            header->setFlags(Qt::ItemIsEnabled);
            header->setData(kHitRole, -1);
            header->setData(kKindRole, kind);
            header->setData(kHeaderRole, true);
            header->setData(kHtmlRole, kindTitle(kind).toHtmlEscaped());
            header->setText(kindTitle(kind));
        }
        const QString plainSnippet = stripMarkers(hit.snippet);
        // A procedure whose name the source lost has an empty title: say so, with its code.
        const QString title =
            hit.title.isEmpty() && hit.kind == u"procedure" ? ErrorText::procedureName({}, hit.id) : hit.title;
        // The title, then (when the words matched elsewhere) the highlighted snippet under it in small print. The
        // "exact match" tag follows the title, where it is never cut off.
        const QString exact =
            hit.exact ? u"&nbsp;&nbsp;<small><i>"_s + tr("exact match").toHtmlEscaped() + u"</i></small>"_s : QString();
        QString html;
        if (plainSnippet == title || title.isEmpty())
            html = highlightHtml(hit.snippet, kOpen, kClose) + exact +
                   (hit.detail.isEmpty() ? QString()
                                         : u"<br><small>"_s + highlightHtml(hit.detail, kOpen, kClose) + u"</small>"_s);
        else
            html = title.toHtmlEscaped() + exact + u"<br><small>"_s + highlightHtml(hit.snippet, kOpen, kClose) +
                   u"</small>"_s;
        auto *item = new QListWidgetItem(m_list);
        item->setData(kHitRole, i);
        item->setData(kKindRole, hit.kind);
        item->setData(kHeaderRole, false);
        item->setData(kHtmlRole, html);
        item->setText(title); // for accessibility and keyboard search
        item->setToolTip(plainSnippet);
        if (firstHitRow < 0)
            firstHitRow = m_list->count() - 1;
        if (i == selectHit)
            selectRow = m_list->count() - 1;
    }
    if (m_moreAvailable && !m_hits.isEmpty()) {
        auto *more = new QListWidgetItem(m_list);
        more->setData(kHitRole, -1);
        more->setData(kHeaderRole, false);
        more->setData(kMoreRole, true);
        const QString label = m_paged ? tr("More results…") : tr("Every match, newest first…");
        more->setText(label);
        more->setData(kHtmlRole, QString(u"<i>"_s + label.toHtmlEscaped() + u"</i>"_s));
    }
    m_list->setUpdatesEnabled(true);
    if (firstHitRow >= 0) {
        m_list->setCurrentRow(selectRow >= 0 ? selectRow : firstHitRow);
        if (selectRow >= 0)
            m_list->scrollToItem(m_list->item(selectRow));
        else
            m_list->scrollToTop();
        showMessage({});
    } else {
        //: The search popup when nothing matches what was typed
        showMessage(activeFilterCount() > 0
                        ? tr("No dossier matches \"%1\" with these filters.").arg(m_edit->text().trimmed())
                        : tr("Nothing matches \"%1\".").arg(m_edit->text().trimmed()));
    }
}

void SearchPanel::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    m_list->setVisible(m_list->count() > 0);
}

void SearchPanel::placePopup()
{
    if (!m_popup || !m_window)
        return;
    const QFontMetrics fm = fontMetrics();
    const QRect area = m_window->rect();
    const QPoint below = m_edit->mapTo(m_window, QPoint(0, m_edit->height()));
    int width = std::max(m_edit->width(), fm.averageCharWidth() * 110);
    width = std::min(width, area.width() - 8);
    // Centred under the field, inside the window.
    int x = below.x() + m_edit->width() / 2 - width / 2;
    x = std::clamp(x, 4, std::max(4, area.right() - width - 4));
    int listHeight = 0;
    if (m_list->isVisibleTo(m_popup) || m_list->count() > 0) {
        for (int row = 0; row < m_list->count() && row < kMaxVisibleRows; ++row)
            listHeight += m_list->sizeHintForRow(row);
        listHeight += 2 * m_list->frameWidth();
    }
    m_popup->setFixedWidth(width);
    m_list->setFixedHeight(listHeight);
    m_popup->adjustSize();
    const int maxHeight = area.bottom() - below.y() - 8;
    if (const int height = m_popup->sizeHint().height(); height > maxHeight)
        m_list->setFixedHeight(std::max(fm.height() * 3, listHeight - (height - maxHeight)));
    m_popup->setGeometry(x, below.y() + 1, width, std::min(m_popup->sizeHint().height(), maxHeight));
}

void SearchPanel::moveSelection(int step)
{
    if (!m_list || m_list->count() == 0)
        return;
    int row = m_list->currentRow();
    const int n = m_list->count();
    for (int tries = 0; tries < n; ++tries) {
        row += step;
        if (row < 0 || row >= n)
            return; // stay on the first or last result
        if (!m_list->item(row)->data(kHeaderRole).toBool()) {
            m_list->setCurrentRow(row);
            m_list->scrollToItem(m_list->item(row));
            if (step < 0 && row > 0 && m_list->item(row - 1)->data(kHeaderRole).toBool())
                m_list->scrollToItem(m_list->item(row - 1)); // keep the kind's header in view
            return;
        }
    }
}

void SearchPanel::openCurrent()
{
    if (!m_list)
        return;
    activateRow(m_list->currentItem());
}

void SearchPanel::activateRow(QListWidgetItem *item)
{
    if (!item)
        return;
    if (item->data(kMoreRole).toBool()) {
        loadMore();
        return;
    }
    const int i = item->data(kHitRole).toInt();
    if (i < 0 || i >= m_hits.size())
        return;
    const SearchHit hit = m_hits.at(i);
    closePopup();
    if (hit.kind == SearchIndex::Dossier)
        emit dossierActivated(hit.code);
    else if (hit.kind == SearchIndex::Applicant)
        emit applicantActivated(hit.id, hit.title);
    else if (hit.kind == SearchIndex::Procedure)
        emit procedureActivated(hit.code.isEmpty() ? hit.id : hit.code);
    else if (hit.kind == SearchIndex::Attachment && hit.ownerEntity == SearchIndex::Dossier)
        emit dossierActivated(hit.code); // the dossier it is attached to
    else if (hit.kind == SearchIndex::Attachment)
        emit attachmentActivated(hit.ownerEntity, hit.ownerId, hit.id);
}

bool SearchPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::ShortcutOverride && watched != m_edit) {
        const auto *key = static_cast<QKeyEvent *>(event);
        auto *widget = qobject_cast<QWidget *>(watched);
        if (key->keyCombination() == QKeyCombination(Qt::ControlModifier, Qt::Key_K) && widget &&
            widget->window() == window() && qobject_cast<QLineEdit *>(widget))
            return true; // not accepted: the shortcut goes to the window's search action
    }
    if (watched == m_edit) {
        switch (event->type()) {
        case QEvent::KeyPress: {
            const auto *key = static_cast<QKeyEvent *>(event);
            switch (key->key()) {
            case Qt::Key_Down:
            case Qt::Key_Up:
            case Qt::Key_PageDown:
            case Qt::Key_PageUp: {
                if (!isPopupVisible()) {
                    if (m_edit->text().trimmed().isEmpty())
                        return false;
                    m_lastQuery.clear();
                    searchNow();
                    return true;
                }
                const bool page = key->key() == Qt::Key_PageDown || key->key() == Qt::Key_PageUp;
                const int step = (key->key() == Qt::Key_Down || key->key() == Qt::Key_PageDown) ? 1 : -1;
                for (int i = 0; i < (page ? 5 : 1); ++i)
                    moveSelection(step);
                return true;
            }
            case Qt::Key_Return:
            case Qt::Key_Enter:
                if (m_timer->isActive() || !isPopupVisible())
                    searchNow(); // Enter right after typing: open what the full text finds
                openCurrent();
                return true;
            case Qt::Key_Escape:
                if (isPopupVisible()) {
                    closePopup();
                    return true;
                }
                if (!m_edit->text().isEmpty()) {
                    m_edit->clear();
                    return true;
                }
                return false;
            default:
                break;
            }
            break;
        }
        default:
            break;
        }
    } else if (watched == m_window && (event->type() == QEvent::Resize || event->type() == QEvent::LayoutRequest)) {
        if (isPopupVisible())
            placePopup();
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace MotCua::Ui
