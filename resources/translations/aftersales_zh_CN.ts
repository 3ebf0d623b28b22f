<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>aftersales</name>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="299" />
      <source>A job that is '{current}' cannot become '{target}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="482" />
      <source>A repair marked fixed needs a passed test.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="447" />
      <source>A visit window is at most 12 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="40" />
      <source>Assigned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="45" />
      <source>Awaiting return or exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="184" />
      <source>Between 1 and 720 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="170" />
      <location filename="aftersales_desktop/domain/jobs.py" line="47" />
      <source>Cancelled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/support.py" line="82" />
      <source>Cannot do that</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="127" />
      <source>Cartridge not recognised / chip error</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="311" />
      <source>Choose a technician.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="316" />
      <source>Choose an active technician.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="381" />
      <source>Choose the product model from the catalog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="46" />
      <source>Closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="29" />
      <source>Customer service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="356" />
      <source>Describe the fault.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="480" />
      <source>Describe the post-repair test.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="476" />
      <source>Describe the work done.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="169" />
      <source>Done</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="74" />
      <source>Drum</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="53" />
      <source>E-mail</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="46" />
      <source>Enter a phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="90" />
      <source>Enter a price in yuan, such as 268.00.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="72" />
      <source>Enter a user name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="449" />
      <source>Enter the address of the visit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="83" />
      <source>Enter the brand.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="45" />
      <source>Enter the customer's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="475" />
      <source>Enter the diagnosis.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="84" />
      <source>Enter the model.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="60" />
      <source>Enter the outlet code, such as SH01.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="64" />
      <source>Enter the outlet name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="76" />
      <source>Enter the person's name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="128" />
      <source>Enter your password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="127" />
      <source>Enter your user name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="43" />
      <source>Escalated</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="353" />
      <source>Find the customer or enter a new one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="149" />
      <source>Fixed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="32" />
      <source>HQ analyst</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="100" />
      <source>High</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="50" />
      <source>Hotline</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="42" />
      <source>In repair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="73" />
      <source>Ink cartridge</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="477" />
      <source>Labour minutes cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="128" />
      <source>Leaking toner or ink</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="102" />
      <source>Low</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="478" />
      <source>More than 24 hours of labour in one record: split it over visits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="151" />
      <source>Needs return or exchange</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="39" />
      <source>New, awaiting assignment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="83" />
      <location filename="aftersales_desktop/services/customers.py" line="98" />
      <source>No such customer.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="290" />
      <source>No such service job.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="80" />
      <source>No such staff account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="101" />
      <source>Normal</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="150" />
      <source>Not fixed (another visit needed)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="51" />
      <source>Online service</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="361" />
      <source>Only a manager or customer service may assign a job.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="544" />
      <source>Only a repaired job (or one awaiting return) can be closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="558" />
      <source>Only a repaired job awaiting follow-up can be reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="76" />
      <location filename="aftersales_desktop/domain/enums.py" line="132" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="28" />
      <source>Outlet manager</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="33" />
      <source>Overdue {span}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="129" />
      <source>Paper jam or noise</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="131" />
      <source>Physical damage</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="168" />
      <source>Planned</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="42" />
      <source>Please log in first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="126" />
      <source>Print quality (streaks, fading, smudges)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="484" />
      <source>Quantities are whole numbers from 1.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="537" />
      <source>Rate the customer's satisfaction from 1 to 5.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="44" />
      <source>Repaired, awaiting follow-up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="21" />
      <source>Replied in time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="21" />
      <source>Replied late</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="75" />
      <source>Ribbon</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="130" />
      <source>Runs out early / low yield</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="434" />
      <source>Say why the fault needs the manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="566" />
      <source>Say why the job is cancelled.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="554" />
      <source>Say why the job is reopened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="31" />
      <source>Storekeeper</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="30" />
      <source>Technician</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="454" />
      <source>Technicians schedule their own visits.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="748" />
      <source>Technicians see their own agenda.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="539" />
      <source>The customer is not satisfied: note why (or reopen the job for another visit).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="421" />
      <source>The job is assigned to {name} already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="576" />
      <source>The note is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="78" />
      <source>The password needs at least {min} characters.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="88" />
      <source>The price cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="358" />
      <source>The purchase date cannot be in the future.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="445" />
      <source>The visit cannot start in the past.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="446" />
      <source>The visit must end after it starts.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="136" />
      <source>This account is disabled; ask your manager.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="97" />
      <source>This brand and model are in the catalog already.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="367" />
      <source>This customer no longer exists; search again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="96" />
      <source>This installation already has an outlet.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="51" />
      <source>This is not a valid e-mail address.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="48" />
      <source>This is not a valid phone number (e.g. 13812345678 or 021-62345678).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="66" />
      <location filename="aftersales_desktop/services/outlet.py" line="81" />
      <source>This is not a valid phone number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="492" />
      <source>This job is '{status}': reopen it before recording another repair.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="57" />
      <source>This user name is taken.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="497" />
      <source>This visit belongs to another job.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="72" />
      <source>Toner</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="377" />
      <source>Unknown model '{model}': choose one from the catalog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="372" />
      <source>Unknown model: choose one from the catalog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="503" />
      <source>Unknown part: choose one from the catalog.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="99" />
      <source>Urgent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="62" />
      <source>Use 2-8 capital letters and digits, starting with a letter (e.g. SH01).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="74" />
      <source>User names use letters, digits and . _ - without spaces.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="41" />
      <source>Visit scheduled</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="52" />
      <source>Walk-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="134" />
      <source>Wrong user name or password.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="74" />
      <source>You cannot disable your own account.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="75" />
      <source>You cannot take away your own manager role.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="44" />
      <source>Your role ({role}) may not do this.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="28" />
      <source>{d} d {h} h</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="30" />
      <source>{h} h {m} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="32" />
      <source>{m} min</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="33" />
      <source>{span} left</source>
      <translation type="unfinished" />
    </message>
  </context>
</TS>
