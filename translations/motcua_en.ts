<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>DocumentQueues</name>
    <message>
        <source>All incoming</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To direct</source>
        <extracomment>Incoming queue: registered documents waiting for the leader&apos;s direction (bút phê)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine to handle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>incoming queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>incoming queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <comment>incoming queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All outgoing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue (count)</comment>
        <extracomment>A queue&apos;s name, then how many documents it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentWords</name>
    <message>
        <source>%1 (clash)</source>
        <extracomment>Arrival number shown with a mark when another counter gave the same number first</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>type: summary</comment>
        <extracomment>A document&apos;s type name, then its summary (trích yếu)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (lead)</source>
        <extracomment>An assignee in charge (chủ trì) of an incoming document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, directed by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered although the same number, symbol and agency were already registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back because</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acknowledged %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorText</name>
    <message>
        <source>Choose a procedure from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the applicant&apos;s full name: letters, spaces, &apos;.&apos;, &apos;-&apos; and &apos;&apos;&apos; only, at most 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The citizen ID must have 12 digits (or 9 for an old identity card).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number must start with 0 or +84, followed by 8 to 10 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address may have at most 300 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the dossier was submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A ticked paper does not belong to this procedure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reception time is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your commune from the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The password must have at least %n characters.</source>
        <translation>
            <numerusform>The password must have at least %n character.</numerusform>
            <numerusform>The password must have at least %n characters.</numerusform>
        </translation>
    </message>
    <message>
        <source>The full name must have 1 to 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the information is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record was not found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This conflicts with data already in the store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is not allowed to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store reported an error (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: the 12-digit personal identification number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ID number may only contain digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The ID number must have 12 digits (%n typed).</source>
        <translation>
            <numerusform>The ID number must have 12 digits (%n typed).</numerusform>
            <numerusform>The ID number must have 12 digits (%n typed).</numerusform>
        </translation>
    </message>
    <message>
        <source>The 4th digit (century and gender) must be between 0 and 3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The birth year %1 is in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Old 9-digit identity card (CMND): accepted, but ask for the 12-digit number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male, born in %1; unknown birth registration code %2 (perhaps registered abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female, born in %1; unknown birth registration code %2 (perhaps registered abroad).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Male, born in %1, birth registered in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Female, born in %1, birth registered in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a mobile or landline number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The phone number looks right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s)</source>
        <translation>
            <numerusform>%n working day</numerusform>
            <numerusform>%n working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n working hour(s)</source>
        <translation>
            <numerusform>%n working hour</numerusform>
            <numerusform>%n working hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s)</source>
        <translation>
            <numerusform>%n hour</numerusform>
            <numerusform>%n hours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n (unit not stated; counted as working days)</source>
        <translation>
            <numerusform>%n (unit not stated; counted as working days)</numerusform>
            <numerusform>%n (unit not stated; counted as working days)</numerusform>
        </translation>
    </message>
    <message>
        <source>The source does not state the unit of the time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source states no time limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required papers are not known: check the national portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source has no fee information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked free, but the description mentions a fee: check the province&apos;s fee rules.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The papers combine several lists (alternatives, or papers only to be shown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some texts are shortened; the full text is on the national portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason (at most 1000 characters): it is recorded and told to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time for this step must be 0 to 365 working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose how the result is returned: at the desk, by post or online.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new appointment must be later than the original due date and later than now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time of the action is not valid: not in the future, not before the reception.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no open dossier of this citizen for this procedure any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not possible in the dossier&apos;s current state. Close this form and look at the dossier again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This citizen already has an open dossier for this procedure: refuse this one as a duplicate, or give the reason for receiving it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure defined</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier not accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology for a delay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday arrangement published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The time limit must be 0 to 365 days (0: the same day) or 1 to 2920 working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the unit of the time limit: working days, days or working hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store is read-only: it can be read and backed up, but nothing can be changed. Ask the administrator to check the folder&apos;s permissions or the disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in the catalog (the source gives none): an administrator can set it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (set by an administrator)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source&apos;s time limit could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description may state the time limit: read the notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some paper descriptions are incomplete; the full text is on the national portal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee is not stated in đồng: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fee description could not be split into the fee&apos;s note and the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source lost this procedure&apos;s name: its record is the page of another procedure, so its name and details are not used. Check the national portal before receiving it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other file or field of the source data has its name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its name comes from another record of the source data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source marks its time and fee table as unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure time limit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure name unknown — code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This password is too easy to guess (a common password or a simple pattern such as 12345678): use a few words or a short sentence only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one missing paper, or type what else is missing: everything that is missing goes in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person with an active account (for approval: a leader), or type a department.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This dossier is with someone else: only the person (or department) holding it, a leader or an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier submitted for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file was not found: check that the USB stick is still plugged in, and choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a usable bundle: it is not a MotCua Desk bundle, or it was cut short or changed after it was made. Nothing was taken in; make the bundle again on the counter it came from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle was made by a newer MotCua Desk. Nothing was taken in: update MotCua Desk on this counter first, then take the bundle in again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This bundle comes from another commune&apos;s counters. Nothing was taken in: take in only the bundles of this commune&apos;s counters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event in the bundle does not hold: it was changed after it was written, or events of its counter are missing before it. Nothing was taken in; make the bundle again on the counter it came from, and tell the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle holds a second, different history of a counter this store already knows (for example a backup restored as the replacement of a computer that kept working). Nothing was taken in; call the province&apos;s IT before exchanging bundles with that counter again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is not a MotCua Desk data store (it is empty or belongs to another program). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store is damaged, so nothing can be saved now; it can still be read and backed up. Make a backup, then ask the administrator to restore the latest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes saved earlier are missing from the data store (its journal file was deleted or lost), so nothing can be saved now: restart the program that saved them, or restore a backup; an administrator can also accept the loss.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note as plain text, at most 1000 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This user name is already taken: choose another one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account renamed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter registered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office details set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs-attention item resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial server cannot be reached (no connection, or no answer in time). Nothing is lost: what waits here is sent when the line is back, and MotCua Desk tries again by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province has revoked this counter&apos;s access. Ask the province&apos;s IT why, and for a new enrolment code; then an administrator enrols this counter again (Synchronisation › Enrol with the province…). Nothing is lost: the work waiting here is sent after that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province no longer knows this counter&apos;s key (the counter was enrolled again elsewhere, or its key file was lost). An administrator enrols this counter again with a new code from the province.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code was not accepted: it is unknown, already used or expired. Check it, or ask the province for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrolment code (or this counter) belongs to another commune. Ask the province for a code issued for this commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province refused events that are not this counter&apos;s own. Call the province&apos;s IT; sync stays stopped until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province holds another history of this counter than this data store does (for example a backup restored on the wrong computer, or two computers with one store). Sync is stopped so that nothing is mixed up: call the province&apos;s IT before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event of this counter did not pass the province&apos;s check. Run the chain check (Administration › Audit trail) and call the province&apos;s IT; sync stays stopped until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial server refused a request as too large (its proxy may limit the size). Call the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provincial server did not understand the request: check the server address, or call the province&apos;s IT (the server may not be a MotCua province server).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate was not accepted, so nothing was sent: check the server address, and the authority file if the province gave one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event the province sent could not be taken in, so sync is stopped. Call the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not enrolled with the province yet: an administrator enrols it (Synchronisation › Enrol with the province…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync is stopped until a person has looked at the province&apos;s last refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province holds a history of this counter that is not this data store&apos;s: was this store restored as a copy of another computer? Restore it as a copy (a new counter), then enrol again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server address must start with https:// (or http:// on a test bench), for example https://dongbo.example.gov.vn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An enrolment code has 12 letters and digits, such as ABCD-EFGH-JKLM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority file was not found: choose the .pem file the province gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the end; the next sync goes on from there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sync failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync every 1 to 1440 minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The quiet hours need a start and an end that differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty (0 bytes): scan the paper again, or choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is larger than %1 MB, the most an attachment may be: scan at a lower resolution or in black and white, or split the document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only PDFs and scanned images (PNG, JPEG, TIFF) can be attached, and this file is none of them, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not found: it was moved or deleted. Choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be read (it is locked by another program, or you may not open it).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s folder cannot be read: check that it still exists (and that the network drive is connected), or choose it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure withdrawn from the catalog</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Cli</name>
    <message>
        <source>Store created at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 received; result due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (time unit not stated in the catalog: counted as working days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: %2 (status %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projections rebuilt from %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 events from %2 devices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROJECTIONS DIFFER from the event log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OK: every hash chain holds and the projections match the event log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>INVALID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (leap)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holiday arrangement for %1 recorded (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DAMAGED FILE: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password set for %1; it must be changed at the next sign-in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:      %1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune:   %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds:     %1 events, %2 dossiers, %3 users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:     OK (integrity, hash chains)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check:     FAILED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1 older backup(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(procedure name unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>procedure name unknown — code %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (unit not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: time limit %2 (was: %3). Dossiers received from now on are due by it; those already received keep their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 events, %2 already here; %3 new item(s) need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See them with: motcua-cli conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 events, %3 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle:    %1 (%2 KB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by:   counter %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Holds:     %1 events of counter(s) %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (resolved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 joined %2 (%3) at %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LOST OR REPEATED: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loss accepted: this counter continues as device %1 (dossier codes …%1-…, was %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 is now %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the one-stop desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN CHAIN: device %1 (%2), event #%3 %4: %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter %1 enrolled with %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent %1 events (%2 the province already had), received %3; %4 waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new item(s) need attention: motcua-cli conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this PC&apos;s clock is %1 s off the province&apos;s; set the time right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled with the province (motcua-cli enroll --server URL --code CODE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting:       %1 events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped until a person looks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 dossier(s) received under a provisional code got their official code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the province: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming document %1 registered: arrival number %2/%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress recorded for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming document %1 finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (lead)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed %1 by %2: %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing draft %1 created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered %1, issued on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing document %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 document(s) written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action slip of incoming document %1 written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attached %1 (%2 bytes, %3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 read, %2 could not be read, %3 left of %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OCR is not available on this computer (%1): scanned images stay unread until it is installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer: %1   default department: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(all other types)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secrecy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The registers&apos; series are set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this PC</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter (%1) is now the reception point &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: this PC&apos;s clock is %1 s off the province&apos;s (checked %2); set the time right</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::DocumentRelation</name>
    <message>
        <source>Correction of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recalls</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::DossierReason</name>
    <message>
        <source>duplicate of an open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the applicant&apos;s request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::IncomingState</name>
    <message>
        <source>Registered, awaiting direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Directed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::OutgoingState</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved, awaiting signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed, awaiting a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbered, awaiting dispatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dispatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Reconcile</name>
    <message>
        <source>%1: %2 events here, %3 at the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Every day of the %n checked matches the province.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) differ from the province: the events of those days here are not the ones it holds. Sync now; if they still differ, ask the province&apos;s IT.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: recorded here, waiting to be sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: held here, not at the province (from another counter that has not sent it, or lost there: ask the province&apos;s IT if a sync does not mend it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>event %1: at the province, not here (a sync takes it in; if it stays, this store lost it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: this copy differs from the province&apos;s: it was changed on one side after it was sent; ask the province&apos;s IT</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Report</name>
    <message>
        <source>Received today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready to return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished on time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In process</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused as duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Results returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average days taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At the counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Digitised (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic results (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reception point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In process (overdue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit used (%)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Secrecy</name>
    <message>
        <source>Not classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A classified document is registered here by its details only: under the Law on Protection of State Secrets (29/2018/QH14) its content and scans may not be kept on a networked counter PC. Keep the paper document under the secrecy rules of the office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Sync::TokenVault</name>
    <message>
        <source>The device token is kept in the desktop&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The device token is kept in a file only this user can read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ActionDialog</name>
    <message>
        <source>Dossier action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person to hand the dossier to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Working days for this step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days for this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing &amp;papers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the result is returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;appointment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New appointment date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hand over…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request supplement…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement received…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse…</source>
        <comment>dossier action: not accepted at reception</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject…</source>
        <comment>dossier action: rejected after appraisal</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return result…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw…</source>
        <comment>dossier action: at the citizen&apos;s request</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop processing…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apologise for delay…</source>
        <comment>dossier action</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>Window title of an action form: the action, then the dossier code
----------
A person in the transfer list: name, then roles, then department</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2&lt;br&gt;%3&lt;br&gt;State: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(nobody: the department only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person: full name (user name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional when a person is chosen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until the dossier&apos;s due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> working day(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many working days the receiver has for this step (control sheet).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This dossier was already asked for a supplement (%n time(s)). The law allows one request listing everything missing: another one is recorded and counts the dossier as late.</source>
        <translation>
            <numerusform>This dossier was already asked for a supplement (%n time). The law allows one request listing everything missing: another one is recorded and counts the dossier as late.</numerusform>
            <numerusform>This dossier was already asked for a supplement (%n times). The law allows one request listing everything missing: another one is recorded and counts the dossier as late.</numerusform>
        </translation>
    </message>
    <message>
        <source>At the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online (electronic result)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Original due date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason (required):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing papers: tick each one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another missing item to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something else missing: type it, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for approval…</source>
        <comment>dossier action: to a leader</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Leader:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leader who approves the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose the leader who approves)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (handed in at reception)</source>
        <comment>supplement request: a paper of the procedure</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog lists no papers for this procedure: type what is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Brought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested items: tick each one brought</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not everything the request asked for was ticked as brought:
%1

Record the supplement as received anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record as received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AdminPage</name>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This page is for the administrators of the commune: accounts, backups, the audit trail and the office details. Ask an administrator if something needs changing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure catalog</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bu&amp;ndles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Registers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AppController</name>
    <message>
        <source>MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data folder %1 cannot be created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store in %1 cannot be opened. Nothing was changed.

Details: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your own password to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still signed in on this computer, their work kept open: %1.

Quitting closes their sessions too, and forms they have not saved are lost. Quit MotCua Desk anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttachmentListModel</name>
    <message>
        <source>PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JPEG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read (no OCR here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not read yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text (OCR)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttachmentPanel</name>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach PDFs or scanned images (at most %1 MiB each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise the text of scans (OCR), so the search box finds them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) attached.</source>
        <translation>
            <numerusform>%n file attached.</numerusform>
            <numerusform>%n files attached.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove the attachment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take %1 off this record? The file stays in the store&apos;s history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file&apos;s bytes are not on this counter yet (they come with the next bundle or sync).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text recognition (Tesseract with Vietnamese) is not installed on this computer: the scans are kept, and their text is read on a counter that has it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Stopped: %n file(s) read so far.</source>
        <translation>
            <numerusform>Stopped: %n file read so far.</numerusform>
            <numerusform>Stopped: %n files read so far.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Text read from %n file(s).</source>
        <translation>
            <numerusform>Text read from %n file.</numerusform>
            <numerusform>Text read from %n files.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n could not be read.</source>
        <translation>
            <numerusform>%n could not be read.</numerusform>
            <numerusform>%n could not be read.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the text of the scans…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AttentionPage</name>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the counters of the commune exchange their work, two things done on two counters at once cannot always both hold. Nothing is dropped: what did not take effect is kept and listed here until someone has dealt with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;resolved items too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items that need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name the account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark resolved…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>The selected needs-attention item: what kind, then the record (&quot;Action not applied — 00004.F1J9A-260105-0001&quot;)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved by %1 on %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can rename an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This item is resolved already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account was renamed %1 already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only an administrator can resolve an item about an account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not hand dossiers on: ask a receptionist, a leader or an administrator to resolve it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s user name is now %1. Tell its owner, then mark the item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account&apos;s user name is now %1: tell its owner. Both accounts can sign in again, and the item is no longer open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked resolved: every counter will see it so.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::AuditPanel</name>
    <message>
        <source>the event was changed after it was recorded (its fingerprint does not match)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>events are missing before this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end of the chain does not match what was recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the event&apos;s data cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device %1, event no. %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>full name (user name)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code or user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check the chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the record&apos;s history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems found in the chains</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown; older ones with &quot;Load more&quot;.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) shown.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ The check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>✓ OK: the chains of %n device(s) hold; no event was changed or removed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) checked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ BROKEN: %n problem(s) found. The store has been changed outside MotCua Desk or is damaged. Do not delete anything; make a backup and call the province&apos;s IT.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>File check: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables differ from a rebuild from the events: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Printed %1 by %2. %n event(s), oldest first.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No event of %1 was found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the history as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the chains…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check was cancelled before the end; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::BackupPanel</name>
    <message>
        <source>Backups of this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A folder on a USB disk or another drive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily backup hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>:00</source>
        <comment>hour suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keep the newest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While MotCua Desk is open, a backup is written once a day after this hour (an administrator must be signed in).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup settings saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup folder first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written and verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written, but its check failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older backup(s) deleted.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The older backups could not be deleted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into %1. The data in use now was not changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::BundlePanel</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Made by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1, on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When there is no line, the counters of the commune exchange their work on a USB stick: export a bundle here, then take it in on the other counters, and theirs here. A bundle holds every event of this counter; taking one in twice adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A file, or a folder on the USB stick (the file is then named after the commune, this counter and the time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export the bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Write to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take in a bundle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file to take in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle file another counter of the commune made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ch&amp;oose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Read the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take it in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the &amp;needs-attention list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to write the bundle: a file, or a folder on the USB stick.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle was not written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle written: %1 (%2 events, %3). Take it to the other counters of the commune and take it in there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle file to take in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is sound. Take it in to add what this counter does not have yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was taken in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken in: %1 new event(s), %2 already here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need attention.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing new needs attention.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking the bundle in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::CatalogPanel</name>
    <message>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The procedure catalog comes from the national portal&apos;s data, where some time limits are missing or have no unit. Until one is set here, a dossier of a procedure with no time limit is due the day it is received, and a bare number is counted in working days. A time limit set here applies to the dossiers received from then on; those already received keep their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the &amp;time limit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n procedure(s) without a usable time limit</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: the time limit is now %2. Dossiers received from now on are due by it; those already received keep their due date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: due the day received</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working day(s), assumed</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ChangePasswordDialog</name>
    <message>
        <source>Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, you signed in with a temporary password. Choose your own password now: only you should know it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the password of %1 (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the new password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Current password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters; a short sentence is easy to remember and hard to guess.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Too short: at least %n characters (%1 typed).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two new passwords match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current password is wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: long enough and not a common password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ConflictTableModel</name>
    <message>
        <source>someone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>counter %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name created twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: “%2”, done by %3 on %4 at %5, did not take effect, because the dossier was already “%6” (another counter had acted on it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name “%1” was created on two counters. The account created by %2 on %3 at %4 cannot sign in while the other account holds the name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two dossiers were given the code %1. The one received by %2 on %3 at %4 keeps it only as a duplicate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dossier and read its history. If a step is missing, do it again there; then mark this item resolved, saying what you did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The account is now called %1. Once its owner knows the new user name, mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An administrator gives this account another user name (Rename the account) and tells its owner the new one; then mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the dossier and tell the citizen which code is theirs (print the receipt again if needed); then mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document action not applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document number given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1: “%2”, done by %3 on %4 at %5, did not take effect (another counter had acted on it first).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document %1 was registered by %2 on %3 at %4 with an arrival number another counter had given first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document “%1” was numbered by %2 on %3 at %4 with a number another counter had given first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the document and read its history. If a step is missing, do it again there; then mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note the right arrival number on the paper and in the register&apos;s remarks; then mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a correction (a công văn) for the later document; then mark this item resolved.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DashboardTile</name>
    <message>
        <source>Show the dossiers this number counts</source>
        <extracomment>Tooltip of a dashboard number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — mine</source>
        <extracomment>The list behind a dashboard number on the Dossiers page: &quot;Overdue — mine&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — whole center</source>
        <extracomment>The list behind a dashboard number on the Dossiers page: &quot;Overdue — whole center&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <comment>dashboard tile</comment>
        <extracomment>Accessible name of a dashboard number: what it counts, then the number</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past the appointment: act on these first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DirectionDialog</name>
    <message>
        <source>Direct incoming document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier directions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No direction yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>person – department</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department: %1</source>
        <extracomment>A department (rather than a person) put in charge of an incoming document</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-operating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same as the direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own deadline of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ý kiến chỉ đạo: what is to be done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier directions:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;In charge:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Co-operating:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Di&amp;rection:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DocumentDetailDialog</name>
    <message>
        <source>Incoming document %1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DossierDialog</name>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier details, history and control sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History of the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Control sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing control sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early</source>
        <comment>control sheet step result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On time</source>
        <comment>control sheet step result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Late</source>
        <comment>control sheet step result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In time (still held)</source>
        <comment>control sheet step result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue (still held)</source>
        <comment>control sheet step result</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed on at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1</source>
        <extracomment>Window title of the dossier dialog: its code</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;span style=&quot;font-size:large&quot;&gt;&lt;b&gt;%1&lt;/b&gt;&lt;/span&gt; · %2&lt;br&gt;%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the due date %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the citizen&apos;s supplement since %1: the clock is paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <comment>no value</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; new appointment after an apology: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (originally %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (portal status %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>person (department)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-stop desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n request(s)</source>
        <translation>
            <numerusform>%n request</numerusform>
            <numerusform>%n requests</numerusform>
        </translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received despite an open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received (%1), due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; received although another dossier is open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1 for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handed over to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, this step until %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (reason: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. A repeated request: the dossier counts as late.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Supplement received; the due date moves by %n working day(s) to %1</source>
        <translation>
            <numerusform>Supplement received; the due date moves by %n working day to %1</numerusform>
            <numerusform>Supplement received; the due date moves by %n working days to %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Not accepted: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: duplicate of the open dossier %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready, handed to the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned to the citizen %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology for the delay, new appointment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Note: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your role does not allow this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done: %1. The dossier is now: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the slips of this dossier or save them as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1…</source>
        <extracomment>Print menu entry of a slip: opens the print preview</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 asked for:</source>
        <extracomment>A supplement request in the dossier: when, by whom (the list of what was asked for follows)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — a repeated request: the dossier counts as late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for the citizen to bring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1: everything asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received %1, brought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not brought:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Brought: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted to %1 for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved; back to %1 to issue the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossier is not with you: only the person (or department) holding it, a leader or an administrator can do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attachments (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official code %1 from the province, for the provisional code %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DossierTableModel</name>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>dossier code column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>reception time column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due</source>
        <comment>due date column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue · %1</source>
        <extracomment>State column of an overdue dossier: the word &quot;Overdue&quot; carries the meaning, not the colour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due %1; new appointment after an apology: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the due date %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <comment>dossier list column: whether the dossier&apos;s changes were sent to the province</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::DossiersPage</name>
    <message>
        <source>Receive dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receive a new dossier at the counter (F2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by code, applicant, citizen ID or procedure (diacritics optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to the queues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show every dossier again, and choose a work queue on the left</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::EnrolDialog</name>
    <message>
        <source>Enrol with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter sends its work to the provincial server and receives the other counters&apos; work from it. The province&apos;s IT gives the server address and a one-time enrolment code for this counter (each code serves once, for 7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Server address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://dongbo.example.gov.vn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolment &amp;code:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrolment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ABCD-EFGH-JKLM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate authority file (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The province&apos;s authority file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling with the province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only when the province signs its own certificates: the authority&apos;s .pem file it gave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: a .pem file from the province</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::HandlingDialog</name>
    <message>
        <source>Finish incoming document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress of incoming document %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it was resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no reply document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>number/symbol – summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Progress:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::HomePage</name>
    <message>
        <source>Hello, %1</source>
        <extracomment>The home page&apos;s greeting; %1 is the person&apos;s full name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The dossiers you received or hold now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dossier of the center</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today is %1, %2</source>
        <extracomment>The home page&apos;s date line: the weekday, then the date (dd/MM/yyyy)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The numbers could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures as of %1; they follow every change. Press a number to see its dossiers.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingDialog</name>
    <message>
        <source>Register an incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuing agency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. UBND-VP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>type name (abbreviation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trích yếu: what the document is about (Enter registers, Shift+Enter a new line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper or electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Electronic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Units or persons receiving it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reply by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;anyway (it is another document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ymbol:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;osition:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From (issuing agency):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dated:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arri&amp;ved at:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Medium:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gned by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pa&amp;ges:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number: unknown (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival number %1 of %2</source>
        <extracomment>The arrival number (số đến) the document will get, and the year of the register</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already registered: arrival number %1 of %2, received %3: “%4”. Check that this is not the same document before registering it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A document with this number, symbol and agency is already registered. Tick “Register anyway” if this is another document.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingPage</name>
    <message>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by summary, agency, number or symbol (no diacritics needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Direct…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pro&amp;gress…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action &amp;slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the incoming documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered incoming document: arrival number %1 of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming document %1 directed to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress recorded on incoming document %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming document %1 finished.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Registered incoming document: arrival number %1 of %2, %n file(s) attached.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::IncomingTableModel</name>
    <message>
        <source>Overdue · %1</source>
        <extracomment>State column of an overdue document: the word carries the meaning, not the colour</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue: the deadline %1 has passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: to be registered, presented and handed over at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Arrival no.</source>
        <extracomment>Column: the arrival number (số đến)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>arrival time column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <comment>issuing agency column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::LockScreen</name>
    <message>
        <source>MotCua Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also signed in on this computer, their work kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <comment>list separator</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another person signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The screen is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The work of %1 stays open and is shown again when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2) is signed in. Enter the password to continue: everything stays as it was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Another person signs in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in on this computer, their work kept: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in with your user name and password.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::LoginDialog</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the one-stop counter of %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask the administrator of the commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many wrong passwords: this account is locked for a while. Wait, or ask the administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong passwords: this account is locked until %1 (%n more minute(s)). Wait, or ask the administrator to reset the password.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::MainWindow</name>
    <message>
        <source>MotCua Desk — %1</source>
        <extracomment>Window title: the application, then the commune</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Receive dossier…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers: unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not load the dossiers: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language takes effect when MotCua Desk is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;MotCua Desk %1&lt;/h3&gt;&lt;p&gt;Offline-first desktop client for the one-stop counters of Vietnam&apos;s communes.&lt;/p&gt;&lt;p&gt;Commune: %2&lt;br&gt;Data store: %3&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier %1 was not accepted: duplicate of the open dossier %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>queue (count)</comment>
        <extracomment>Navigation entry of a work queue: its name, then how many dossiers it holds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print receipt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Change password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your password was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received dossier %1, due %2. Ctrl+P prints its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a dossier in the list to print its receipt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close your session and go back to the sign-in screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why nothing can be saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the loss…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter continues as a new device, so no dossier code is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Read-only: the data folder %1 cannot be written, so nothing can be saved. You can still look at dossiers, search, print and make backups. Ask the administrator to give this computer&apos;s account write access to that folder (or to unlock or free the disk), then start MotCua Desk again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ The data store is damaged: its check found errors, so nothing can be saved, to keep the records safe. You can still look, search and make backups. Make a backup now (Administration › Backup), then ask the administrator to restore the latest good backup or to call the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Changes saved earlier are missing from the data store (its journal file was deleted or lost). So that no dossier code is given twice, nothing can be saved until they come back: close MotCua Desk and start again the program that saved them, or restore a backup. An administrator can also accept the loss; this counter then goes on as a new device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes missing from the data store will not come back on this counter. If another program or a backup still has them, use that instead.

Accept the loss? This counter then goes on as a new device with a code tag of its own, so that no dossier code is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accept the loss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The loss was accepted: this counter goes on as %1, and changes can be saved again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do&amp;cuments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register &amp;incoming document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;outgoing draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print registers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unregistered scans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OfficePanel</name>
    <message>
        <source>The centre (printed on the slips)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name of the centre:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the centre</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Hotline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hotline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock the screen after minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes suffix</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The screen lock follows the new time within a minute.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this reception point</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Counter 1 - Civil status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reception point:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingDialog</name>
    <message>
        <source>Draft an outgoing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>type name (abbreviation)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafting department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>abbreviation – name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidentiality</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recipients, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One recipient per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply &amp;requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planned signer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signer&apos;s position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relation to an earlier document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(a new document)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Earlier document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>number/symbol – summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Summary:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Urgency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Confidentiality:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recipients:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;opies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;lated to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;te:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingPage</name>
    <message>
        <source>Outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by summary, number or symbol (no diacritics needed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document numbers are issued on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until the province allots blocks of numbers to each counter, number outgoing documents on one computer only, so that no number is given twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;tails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;gisters…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the outgoing documents: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Draft saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send to (one recipient per line):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivery acknowledged by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is the draft sent back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 – %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::OutgoingTableModel</name>
    <message>
        <source>(not numbered)</source>
        <extracomment>Number column of an outgoing document not numbered yet</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number and symbol</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::PendingAttachmentList</name>
    <message>
        <source>Files to attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ttach files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach PDFs or scanned images (at most %1 MiB each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No files attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans and PDFs (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file to preview it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::PreviewWidget</name>
    <message>
        <source>Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>−</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see it here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF is protected by a password, so it cannot be shown here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: it is damaged or not a PDF after all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIFF images cannot be shown on this computer (the Qt image formats are not installed); the file is kept all the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be shown: it is damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is neither a PDF nor an image, so there is no preview.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReceiveDialog</name>
    <message>
        <source>Receive dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type part of the name or the code, with or without diacritics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedure details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicant&apos;s full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Citizen ID number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Channel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submission channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers &amp;received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Papers received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>procedure name (code)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No procedure matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a procedure to see its time limit, fee and required papers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal time limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fee: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not stated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the catalog data is incomplete or unclear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The required papers of this procedure are not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse as &amp;duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refuse this dossier as a duplicate of the open one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>or receive it anyway, &amp;because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for receiving it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. the first dossier was lost; a different child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate: this citizen already has an open dossier %1 for this procedure, received %2 (%3). Refuse this one as a duplicate, or give the reason for receiving it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print the receipt after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the receipt after saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until it is set, a dossier received now is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the national portal: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result due:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment date for the result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a procedure to see when the result is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1, %2&lt;/b&gt;</source>
        <extracomment>The appointment shown before saving: time, weekday and date</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The catalog does not state the time unit: counted as working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No paper was ticked as received. Save the dossier anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go back to the papers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RecordSyncState</name>
    <message>
        <source>Not sent</source>
        <extracomment>Sync column of the lists: this counter&apos;s changes to the record wait to be sent</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent to the province yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <comment>list column: whether the record&apos;s changes were sent to the province</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RecoveryDialog</name>
    <message>
        <source>MotCua Desk — the data store is damaged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data store cannot be used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk opened the data file %1, but its check found damage (for example after a power cut or a failing disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua Desk cannot read the data file %1: it is damaged or unreadable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing has been changed and nothing will be overwritten: the damaged file stays exactly as it is, so the province&apos;s IT can still examine it. Choose what to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore from a backup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup file; it is checked and restored into a new, empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the readable data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy the damaged file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writes every record that can still be read to a file for the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies the damaged file elsewhere (a USB disk) for the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored into %1. The damaged file was not changed.

%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open it now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another file: the damaged file is never overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file cannot be copied to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved to %1. Give this file to the province&apos;s IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the readable data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the damaged file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RegisterPrintDialog</name>
    <message>
        <source>Incoming register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming follow-up register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: action slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Only from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every series (one book each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Series:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RegistersPanel</name>
    <message>
        <source>Abbreviations in the symbols (ký hiệu)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issuer abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default department of a công văn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department of a công văn when none is given:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Abbreviation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Departments:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number series of outgoing documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each series numbers from 01 on 1 January. A series that lists no types takes every type no other series lists; classified documents have their own series. An advisory body with its own seal gets a series with its own issuer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Types (e.g. QĐ TB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Own issuer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a series</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save the registers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers are issued on this counter: a commune with several counters enrols them with the province, which then allots each its blocks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbers come from blocks the province allots this counter, per series.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. Documents numbered from now on follow these series.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::RenameUserDialog</name>
    <message>
        <source>Rename the account %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example %1.hai or %1.tn</source>
        <extracomment>Placeholder of the new user name: the old one with something added</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the account&apos;s new user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a user name other than %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the person their new user name; their password stays.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportCharts</name>
    <message>
        <source>per day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <extracomment>A chart&apos;s series: the dossiers whose processing ended with a result (early, on time or late)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3%)</source>
        <extracomment>A pie slice: what it counts, how many, their share of the finished dossiers</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no dossier finished in the period</source>
        <extracomment>The on-time chart of a period in which no dossier was finished</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received and finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished early, on time and late</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By field</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportSheet</name>
    <message>
        <source>Total</source>
        <extracomment>The row of a report with the whole center&apos;s figures</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>A report row whose group is not known (a dossier without a field, say)</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ReportsPage</name>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every dossier received in the period, in the order received, with its appointment, hand-overs and result (form 07 of Circular 03/2025/TT-VPCP), on A4 landscape.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print dossier tracking register…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;unt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>From %1 to %2 (%n day(s))</source>
        <extracomment>A reporting period: first day, last day, then how many days it has</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Group the figures by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Group by:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To&amp;day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This &amp;week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reporting month (15th–14th)</source>
        <extracomment>Decree 09/2019/NĐ-CP: the monthly reporting period runs from the 15th of last month to the 14th</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting q&amp;uarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reporting y&amp;ear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decree 09/2019:</source>
        <extracomment>Before the buttons of the reporting periods of Decree 09/2019/NĐ-CP (the 15th to the 14th)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures of the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Official documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming handled on time:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming handled late:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming still pending:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of which past the deadline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>An outgoing document type and how many were issued: &quot;Quyết định: 3&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counted at %1.</source>
        <extracomment>When the figures shown were counted</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files for Excel (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ResolveDialog</name>
    <message>
        <source>Mark resolved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What was done about it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was done about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the result had been returned at counter 1; nothing more to do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone sees the note, on every counter of the commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say in a few words what was done about it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::ScanInboxPage</name>
    <message>
        <source>&lt;b&gt;Unregistered scans&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner &amp;folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder your scanner saves into, on this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scans waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Register as an incoming document…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Incoming document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record code or id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier code, or the document&apos;s id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Attach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take it out of this list without using it (it is kept in the scanner folder&apos;s .motcua-dismissed folder)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scanner folder is set: choose the folder your scanner saves into.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scanner folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No scan is waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scanner&apos;s folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No record %1 was found: check the code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was attached to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The scan was taken out of the list.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SearchPanel</name>
    <message>
        <source>Search dossiers, applicants and procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: code, name, citizen ID, procedure… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search dossiers, applicants and procedures (Ctrl+F, Ctrl+K). Diacritics are optional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applicants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Procedures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑↓ choose · Enter open · Esc close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one kind of record to search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search is not available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exact match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the dossiers by state, date received, field, procedure and assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received &amp;from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ield</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Procedure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Assignee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear every filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters</source>
        <extracomment>The search popup&apos;s filter button; %1 is how many filters are set</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filters (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More results…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every match, newest first…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No dossier matches &quot;%1&quot; with these filters.</source>
        <extracomment>The search popup when nothing matches what was typed</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SetupDialog</name>
    <message>
        <source>Set up MotCua Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. This computer has no data yet: choose the commune it serves and create the first administrator account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Commune:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the commune or ward, or its 5-digit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matching communes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator &amp;user name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Con&amp;firm password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>A commune in the picker: &quot;Phường Ba Đình — Thành phố Hà Nội (00004)&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No commune matches &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type to search, then choose the commune in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional: shown in the status bar and on receipts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password is long enough.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords do not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a &amp;new office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join an existing office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make this computer another counter of an office that already works with MotCua Desk: choose a bundle made on its first counter (Administration › Bundles › Export a bundle), then sign in with an administrator account of that office. The accounts, the catalog and the records come with the bundle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bundle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bundle file made on the first counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The .bundle file on the USB stick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the bundle holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name of an administrator of the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of that administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome. This computer has no data yet: it joins an office that already works with MotCua Desk, as one more counter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Join the office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the bundle first: what it holds is shown before anything is set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bundle made on the first counter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua bundles (*.bundle);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the bundle…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking in the office&apos;s data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong user name or password for an administrator of %1. Nothing was set up; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an administrator of the office: only an administrator can set up a new counter. Nothing was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was set up: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncHistoryModel</name>
    <message>
        <source>Succeeded</source>
        <extracomment>A sync run in the history: how it ended</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

Detail: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <comment>sync history column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <comment>sync history column</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <comment>sync history column: events sent to the province</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received</source>
        <comment>sync history column: events received from the province</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <comment>sync history column</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncIndicator</name>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: not enrolled with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending %1 of %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: sending…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: receiving… %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: receiving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync stopped: needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: offline since %1 · %n waiting</source>
        <translation>
            <numerusform>Sync: offline since %1 · %n waiting</numerusform>
            <numerusform>Sync: offline since %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: offline since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ Sync: the last attempt failed · %n waiting</source>
        <translation>
            <numerusform>⚠ Sync: the last attempt failed · %n waiting</numerusform>
            <numerusform>⚠ Sync: the last attempt failed · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Sync: the last attempt failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: online, last at %1 · %n waiting</source>
        <translation>
            <numerusform>Sync: online, last at %1 · %n waiting</numerusform>
            <numerusform>Sync: online, last at %1 · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: online, last at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Sync: not synced yet · %n waiting</source>
        <translation>
            <numerusform>Sync: not synced yet · %n waiting</numerusform>
            <numerusform>Sync: not synced yet · %n waiting</numerusform>
        </translation>
    </message>
    <message>
        <source>Sync: not synced yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter is not enrolled with the province: its work stays here (bundles still carry it to the other counters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Waiting to be sent: %n event(s)</source>
        <translation>
            <numerusform>Waiting to be sent: %n event</numerusform>
            <numerusform>Waiting to be sent: %n events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last success: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success: never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic sync: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to open the Synchronisation page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync: state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not checked yet (the first sync checks it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>right (checked at %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n minute(s) ahead of the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</source>
        <translation>
            <numerusform>⚠ %n minute ahead of the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</numerusform>
            <numerusform>⚠ %n minutes ahead of the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n minute(s) behind the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</source>
        <translation>
            <numerusform>⚠ %n minute behind the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</numerusform>
            <numerusform>⚠ %n minutes behind the province&apos;s (checked at %1): set this computer&apos;s clock right, the dates on receipts and registers follow it</numerusform>
        </translation>
    </message>
    <message>
        <source>⚠ Clock off · %1</source>
        <comment>the sync summary</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::SyncPage</name>
    <message>
        <source>Synchronisation with the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This counter keeps all its work here and sends it to the provincial server whenever the line is up, every few minutes and soon after each change; it receives the other counters&apos; work the same way. Nothing at the counter waits for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be sent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last success:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next automatic sync:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why sync is stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Retry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once the cause was dealt with: lift the stop and sync once more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send what waits here and receive the other counters&apos; work, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol with the province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent sync runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Minutes between automatic syncs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <extracomment>Suffix of the spin box &quot;every N minutes&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quiet hours: no automatic sync from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quiet hours end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync &amp;every:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <extracomment>Between the two times of the quiet hours: &quot;from 22:00 to 06:00&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(Vietnam time)</source>
        <extracomment>After the quiet hours&apos; end</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Saved: a sync every %n minute(s), none from %1 to %2.</source>
        <translation>
            <numerusform>Saved: a sync every minute, none from %1 to %2.</numerusform>
            <numerusform>Saved: a sync every %n minutes, none from %1 to %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved: a sync every %n minute(s), at any hour.</source>
        <translation>
            <numerusform>Saved: a sync every minute, at any hour.</numerusform>
            <numerusform>Saved: a sync every %n minutes, at any hour.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not enrolled with the province: the work stays on this counter (bundles still carry it to the others).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n event</numerusform>
            <numerusform>%n events</numerusform>
        </translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offline since %1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (not enrolled)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none: a refusal needs attention first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (a retry: %n failed attempt(s) in a row)</source>
        <translation>
            <numerusform>%1 (a retry: %n failed attempt)</numerusform>
            <numerusform>%1 (a retry: %n failed attempts in a row)</numerusform>
        </translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Sync is stopped until a person looks: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync runs in the main window of MotCua Desk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enrol again…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending this counter&apos;s work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receiving the other counters&apos; work…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing with the province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n event(s) sent</source>
        <translation>
            <numerusform>%n event sent</numerusform>
            <numerusform>%n events sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n received</source>
        <translation>
            <numerusform>%n received</numerusform>
            <numerusform>%n received</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced: %1, %2; %3 still waiting.</source>
        <comment>sent, received, waiting</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced: %1, %2; nothing waits to be sent.</source>
        <comment>sent, received</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new item(s) need attention (Needs attention).</source>
        <translation>
            <numerusform>%n new item needs attention (Needs attention).</numerusform>
            <numerusform>%n new items need attention (Needs attention).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This computer&apos;s clock is %n minute(s) off the province&apos;s: set it right, the dates on receipts follow it.</source>
        <translation>
            <numerusform>This computer&apos;s clock is %n minute off the province&apos;s: set it right, the dates on receipts follow it.</numerusform>
            <numerusform>This computer&apos;s clock is %n minutes off the province&apos;s: set it right, the dates on receipts follow it.</numerusform>
        </translation>
    </message>
    <message>
        <source>Enrolled with %1. The first sync starts now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check against the province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compares the number and the fingerprint of each day&apos;s events here with what the province holds, to find records changed or lost on either side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>Suffix of the spin box &quot;the last N days&quot;</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days to check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking with the province…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The check did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled with the province as counter %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more (motcua-cli sync reconcile lists them all)</source>
        <translation>
            <numerusform>… and %n more (motcua-cli sync reconcile lists it)</numerusform>
            <numerusform>… and %n more (motcua-cli sync reconcile lists them all)</numerusform>
        </translation>
    </message>
    <message>
        <source>dossier</source>
        <comment>a record named in the check against the province</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>incoming document</source>
        <comment>a record named in the check against the province</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outgoing document</source>
        <comment>a record named in the check against the province</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n dossier(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n dossier</numerusform>
            <numerusform>%n dossiers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n incoming document(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n incoming document</numerusform>
            <numerusform>%n incoming documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n outgoing document(s)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n outgoing document</numerusform>
            <numerusform>%n outgoing documents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n other record(s) (accounts, settings, files)</source>
        <comment>waiting to be sent</comment>
        <translation>
            <numerusform>%n other record (accounts, settings, files)</numerusform>
            <numerusform>%n other records (accounts, settings, files)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, of %2</source>
        <comment>events waiting, of which records</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::TaskProgress</name>
    <message>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the work in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::TimeLimitDialog</name>
    <message>
        <source>Time limit of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The source says: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unit of the time limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>working hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 (the same day)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::UserDialog</name>
    <message>
        <source>New account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 32 characters: lower-case letters a-z, digits, &apos;.&apos;, &apos;_&apos; or &apos;-&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Full name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Roles:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Department:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>At least %n characters. Give it to the person; they must choose their own password when they first sign in.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Create account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user name %1 is already taken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator: give another person the administrator role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one role.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Ui::UsersPanel</name>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Department</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New account…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Temporary password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, must change the temporary password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 created. Give the temporary password to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temporary password set for %1: they must change it when they sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the last active administrator and cannot be disabled: give another person the administrator role first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account %1 disabled: it can no longer sign in.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Urgency</name>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flash</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MotCua::Wording</name>
    <message>
        <source>Received</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In processing</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supplement requested</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result ready</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result returned</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <comment>dossier state</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>receptionist</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>specialist</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>leader</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>clerk</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>administrator</source>
        <comment>role</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Online</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By post</source>
        <comment>channel</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the desk</source>
        <comment>how the result was returned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <comment>how the result was returned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <comment>how the result was returned</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <comment>work queue: every dossier</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting to be handed over</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <comment>work queue: dossiers I hold</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting supplement</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Awaiting approval</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon (2 working days)</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result to return</source>
        <comment>work queue</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (provisional)</source>
        <comment>dossier code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (on the receipt: %2, provisional)</source>
        <comment>dossier code</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreFlow</name>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commune</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check: OK — the file is sound and every event chain holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check FAILED: this backup cannot be restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start MotCua Desk with this data folder: motcua --data-dir &quot;%1&quot; (or set MOTCUA_DATA_DIR).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MotCua backups (motcua-*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be read as a MotCua backup.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;This backup holds:&lt;/p&gt;%1&lt;p&gt;It is restored into a &lt;b&gt;new, empty&lt;/b&gt; data folder; the data in use now is not changed. Choose that folder next.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the new data folder…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New, empty data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The folder %1 is not empty. Choose or create an empty folder: nothing is ever restored over existing data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup could not be restored.

%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Does this PC &lt;b&gt;replace&lt;/b&gt; the one the backup came from (it is broken, lost or will never be used again), or is it a &lt;b&gt;copy&lt;/b&gt; beside it (a second counter, a training copy)?&lt;/p&gt;&lt;p&gt;A copy gets its own counter identity and dossier numbers. Choose “replaces” only when the old PC will not be started again: two PCs with one identity would number dossiers twice.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;copy (new counter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Replaces the old PC</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Slips</name>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Receipt and appointment slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request to supplement the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal to accept the dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apology and new appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Processing control sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dossier tracking register</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>MotCua Desk: the one-stop counter client of a commune.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeps the store, settings and logs in &lt;dir&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dir</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
