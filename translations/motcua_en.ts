<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>not stated</source>
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
        <source>Give the reason (at most 1000 characters): it is recorded and told to the citizen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List at least one missing paper: everything that is missing goes in one request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a person with an active account, or type a department.</source>
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
        <source> (provisional)</source>
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
        <source>BROKEN CHAIN: device %1, event #%2 %3: %4</source>
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
        <source>Missing paper to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a missing paper, then press Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the missing paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Missing papers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected missing paper</source>
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
        <source>at the desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by post</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>online</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate of an open dossier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the applicant&apos;s request</source>
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
        <source>%1 (provisional)</source>
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
        <source>Incoming official documents will be registered, assigned and tracked here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outgoing official documents will be numbered, registered and sent from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports on received, processed and overdue dossiers will be produced here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exchange of events with the provincial server will be shown and controlled here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User accounts, the procedure catalog and store maintenance will be managed here.</source>
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
        <source>Sync: offline, not configured</source>
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
        <source>&amp;Find dossier</source>
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
        <source>Received dossier %1, due %2</source>
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
    <name>WorkQueues</name>
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
