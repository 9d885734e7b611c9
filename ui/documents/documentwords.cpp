#include "ui/documents/documentwords.h"

#include "core/domain/ids.h"

using namespace Qt::StringLiterals;

namespace MotCua::Ui
{

namespace
{

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

QString date(const QDate &d)
{
    return d.isValid() ? d.toString(u"dd/MM/yyyy"_s) : QString();
}

QString dateTime(const QDateTime &utc)
{
    return utc.isValid() ? Time::toVietnam(utc).toString(u"dd/MM/yyyy HH:mm"_s) : QString();
}

QString row(const QString &label, const QString &valueHtml)
{
    if (valueHtml.isEmpty())
        return {};
    return u"<tr><td style=\"padding-right:12px\"><i>"_s + esc(label) + u"</i></td><td>"_s + valueHtml +
           u"</td></tr>"_s;
}

} // namespace

QString DocumentWords::arrival(const IncomingDocument &d)
{
    const QString n = QString::number(d.arrivalNumber);
    //: Arrival number shown with a mark when another counter gave the same number first
    return d.arrivalConflict ? tr("%1 (clash)").arg(n) : n;
}

QString DocumentWords::summaryLine(const QString &type, const QString &summary)
{
    const auto t = documentTypeFromAbbr(type);
    const QString name = t ? t->name : type;
    //: A document's type name, then its summary (trích yếu)
    return name.isEmpty() ? summary : tr("%1: %2", "type: summary").arg(name, summary);
}

QString DocumentWords::assignees(const QList<Assignee> &assignees)
{
    QStringList out;
    for (const Assignee &a : assignees) {
        const QString who = a.name.isEmpty() ? a.department : a.name;
        //: An assignee in charge (chủ trì) of an incoming document
        out << (a.lead ? tr("%1 (lead)").arg(who) : who);
    }
    return out.join(u", "_s);
}

QString DocumentWords::directionHtml(const Direction &direction)
{
    QStringList to;
    for (const Assignee &a : direction.assignees) {
        QString who = esc(a.name.isEmpty() ? a.department : a.name);
        if (a.lead)
            who = u"<b>"_s + who + u"</b> "_s + tr("(lead)");
        if (a.due.isValid() && a.due != direction.due)
            who += u" – "_s + tr("by %1").arg(date(a.due));
        to << who;
    }
    QString html = tr("%1, directed by %2").arg(dateTime(direction.at), esc(direction.byName)) + u"<br>"_s +
                   tr("To: %1").arg(to.join(u"; "_s));
    if (direction.due.isValid())
        html += u"<br>"_s + tr("Deadline: %1").arg(date(direction.due));
    if (!direction.note.isEmpty())
        html += u"<br><i>"_s + esc(direction.note) + u"</i>"_s;
    return html;
}

QString DocumentWords::medium(Medium m)
{
    return m == Medium::Electronic ? tr("Electronic") : tr("Paper");
}

QString DocumentWords::incomingHtml(const IncomingDocument &d)
{
    QString html = u"<h3>"_s + esc(summaryLine(d.type, d.summary)) + u"</h3><table>"_s;
    if (d.urgency != Urgency::Normal)
        html += row(tr("Urgency"), u"<b style=\"color:#b00020\">"_s + esc(urgencyText(d.urgency)) + u"</b>"_s);
    if (d.secrecy != Secrecy::None)
        html += row(tr("Confidentiality"), u"<b>"_s + esc(secrecyText(d.secrecy)) + u"</b>"_s);
    html += row(tr("Arrival number"), esc(tr("%1 of %2").arg(arrival(d)).arg(d.year)));
    html += row(tr("Received"), esc(dateTime(d.receivedAt) + u" – "_s + medium(d.medium)));
    html += row(tr("Registered by"), esc(d.registeredByName));
    html += row(tr("From"), esc(d.fromAgency));
    html += row(tr("Number and symbol"), esc(d.numberSymbol()));
    html += row(tr("Dated"), esc(date(d.issuedOn)));
    html += row(tr("Signed by"), esc(d.signerPosition.isEmpty() ? d.signer : d.signerPosition + u" " + d.signer));
    html += row(tr("Pages"), d.pages > 0 ? QString::number(d.pages) : QString());
    html += row(tr("Language"), esc(d.language));
    html += row(tr("Recipients"), esc(d.recipients));
    html += row(tr("Deadline"), esc(date(d.due)));
    html += row(tr("State"), esc(incomingStateText(d.state)));
    html += row(tr("Note"), esc(d.note));
    if (!d.duplicateOf.isEmpty())
        html += row(tr("Duplicate"), esc(tr("Registered although the same number, symbol and agency were already "
                                            "registered")));
    if (d.state == IncomingState::Finished) {
        html += row(tr("Finished"), esc(dateTime(d.finishedAt)));
        html += row(tr("Reply"), esc(d.replySymbol));
        html += row(tr("Finish note"), esc(d.finishNote));
    }
    html += u"</table>"_s;
    if (!d.directions.isEmpty()) {
        html += u"<h4>"_s + esc(tr("Directions")) + u"</h4>"_s;
        for (const Direction &dir : d.directions)
            html += u"<p>"_s + directionHtml(dir) + u"</p>"_s;
    }
    if (!d.progress.isEmpty()) {
        html += u"<h4>"_s + esc(tr("Progress")) + u"</h4>"_s;
        for (const ProgressNote &n : d.progress)
            html += u"<p>"_s + esc(dateTime(n.at)) + u", "_s + esc(n.byName) + u": "_s + esc(n.note) + u"</p>"_s;
    }
    return html;
}

QString DocumentWords::outgoingAction(const QString &key)
{
    if (key == u"created")
        return tr("Drafted");
    const auto a = outgoingActionFromKey(key);
    return a ? outgoingActionTitle(*a) : key;
}

QString DocumentWords::outgoingActionTitle(OutgoingAction action)
{
    switch (action) {
    case OutgoingAction::Submit:
        return tr("Submit");
    case OutgoingAction::Approve:
        return tr("Approve");
    case OutgoingAction::SendBack:
        return tr("Send back");
    case OutgoingAction::Sign:
        return tr("Sign");
    case OutgoingAction::Number:
        return tr("Number");
    case OutgoingAction::Dispatch:
        return tr("Dispatch");
    case OutgoingAction::Acknowledge:
        return tr("Acknowledge");
    case OutgoingAction::File:
        return tr("File");
    }
    return {};
}

QString DocumentWords::outgoingHtml(const OutgoingDocument &d)
{
    QString html = u"<h3>"_s + esc(summaryLine(d.type, d.summary)) + u"</h3><table>"_s;
    if (d.urgency != Urgency::Normal)
        html += row(tr("Urgency"), u"<b style=\"color:#b00020\">"_s + esc(urgencyText(d.urgency)) + u"</b>"_s);
    if (d.secrecy != Secrecy::None)
        html += row(tr("Confidentiality"), u"<b>"_s + esc(secrecyText(d.secrecy)) + u"</b>"_s);
    html += row(tr("Number and symbol"), esc(d.numberSymbol()));
    html += row(tr("Dated"), esc(date(d.issuedOn)));
    html += row(tr("State"), esc(outgoingStateText(d.state)));
    html += row(tr("Department"), esc(d.department));
    html += row(tr("Series"), esc(d.series));
    html += row(tr("Drafted by"), esc(d.createdByName + u", "_s + dateTime(d.createdAt)));
    html += row(tr("Signed by"), esc(d.signerName));
    html += row(tr("Copies"), d.copies > 0 ? QString::number(d.copies) : QString());
    html += row(tr("Reply due"), esc(date(d.replyDue)));
    if (d.relation != DocumentRelation::None)
        html += row(relationText(d.relation), esc(d.relatedTo));
    html += row(tr("Sent back because"), esc(d.sentBackReason));
    html += row(tr("Note"), esc(d.note));
    html += u"</table>"_s;
    if (!d.recipients.isEmpty()) {
        html += u"<h4>"_s + esc(tr("Recipients")) + u"</h4><ul>"_s;
        for (const Recipient &r : d.recipients) {
            QString line = esc(r.name);
            if (r.dispatchedAt.isValid())
                line += u" – "_s + esc(tr("sent %1").arg(dateTime(r.dispatchedAt)));
            if (r.acknowledgedAt.isValid())
                line += u" – "_s + esc(tr("acknowledged %1").arg(dateTime(r.acknowledgedAt)));
            html += u"<li>"_s + line + u"</li>"_s;
        }
        html += u"</ul>"_s;
    }
    if (!d.history.isEmpty()) {
        html += u"<h4>"_s + esc(tr("History")) + u"</h4>"_s;
        for (const OutgoingEvent &e : d.history) {
            html += u"<p>"_s + esc(dateTime(e.at)) + u" – "_s + esc(outgoingAction(e.action)) + u", "_s +
                    esc(e.byName) + (e.note.isEmpty() ? QString() : u": <i>"_s + esc(e.note) + u"</i>"_s) + u"</p>"_s;
        }
    }
    return html;
}

} // namespace MotCua::Ui
