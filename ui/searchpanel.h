#pragma once

#include <QWidget>

#include "services/searchservice.h"
#include "services/session.h"

class QCheckBox;
class QFrame;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QTimer;

namespace MotCua::Ui
{

// The one search box of the main window (Ctrl+F, Ctrl+K): as the person types, a popup under the field lists the
// dossiers, applicants and procedures that match, grouped by kind, exact hits (citizen id, dossier code) first and
// the matched words in bold. Up/Down move, Enter opens, Esc closes. SearchService does the searching; typed FTS
// syntax is data there, so nothing typed is ever an error.
class SearchPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchPanel)

public:
    // Item data of the result rows.
    static constexpr int kHitRole = Qt::UserRole;        // int: index into hits(), -1 on a kind header
    static constexpr int kKindRole = Qt::UserRole + 1;   // QString: the kind of the row (headers too)
    static constexpr int kHtmlRole = Qt::UserRole + 2;   // QString: the row as escaped HTML with <b> highlights
    static constexpr int kHeaderRole = Qt::UserRole + 3; // bool: a kind header

    SearchPanel(Store &store, const Session &session, QWidget *parent = nullptr);
    ~SearchPanel() override;

    QLineEdit *edit() const { return m_edit; }
    QListWidget *results() const { return m_list; }
    QFrame *popup() const { return m_popup; }
    bool isPopupVisible() const;
    const QList<SearchHit> &hits() const { return m_hits; }
    // The hit of the selected row, or nullptr.
    const SearchHit *currentHit() const;
    // The error of the last search (a store failure), or empty. What a person types is never an error.
    const QString &lastError() const { return m_lastError; }

    // Focuses the field and selects its text (Ctrl+F, Ctrl+K); the popup reopens when there is text.
    void activate();
    // Runs the pending search now instead of after the typing pause.
    void searchNow();
    // Opens the selected result (what Enter does).
    void openCurrent();
    void closePopup();

    // `snippet` with SearchQuery::open/close markers `open`/`close`, as HTML: everything escaped, the marked parts
    // in <b>. Never passes typed or stored text through as markup.
    static QString highlightHtml(const QString &snippet, const QString &open, const QString &close);
    // The header of a kind of result: "Dossiers", "Applicants", "Procedures".
    static QString kindTitle(const QString &kind);

signals:
    void dossierActivated(const QString &code);
    void applicantActivated(const QString &applicantId, const QString &name);
    void procedureActivated(const QString &code);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void ensurePopup();
    void runSearch();
    void fill(const SearchResult &result);
    void showMessage(const QString &text);
    void placePopup();
    void moveSelection(int step);
    void activateRow(QListWidgetItem *item);

    SearchService m_service;
    Session m_session;
    QLineEdit *m_edit = nullptr;
    QTimer *m_timer = nullptr;
    QFrame *m_popup = nullptr;
    QListWidget *m_list = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_keysHint = nullptr;
    QList<QCheckBox *> m_kindBoxes;
    QWidget *m_window = nullptr; // where the popup lives (this panel's top-level window)
    QList<SearchHit> m_hits;
    QString m_lastQuery;
    QString m_lastError;
};

} // namespace MotCua::Ui
