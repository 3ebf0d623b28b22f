<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>aftersales</name>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="40" />
      <source> days</source>
      <translation> 天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="292" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="160" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="230" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="382" />
      <source> of {most}</source>
      <translation> / {most}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="186" />
      <source> of {requested}</source>
      <translation> / {requested}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="220" />
      <source> per hour</source>
      <translation> /小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="297" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="263" />
      <source>&amp;Back up now</source>
      <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="241" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="248" />
      <source>&amp;Find…</source>
      <translation>查找(&amp;F)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="289" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="290" />
      <source>&amp;Keyboard shortcuts</source>
      <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="272" />
      <source>&amp;Log out</source>
      <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="242" />
      <source>&amp;New job</source>
      <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="275" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="266" />
      <source>&amp;Restore from backup…</source>
      <translation>从备份恢复(&amp;R)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="257" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="281" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="93" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="278" />
      <source>(no product)</source>
      <translation>（无产品）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="148" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="179" />
      <source>(none)</source>
      <translation>（无）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/support.py" line="196" />
      <source>(not applied)</source>
      <translation>（未采用）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="249" />
      <source>(this photo cannot be shown)</source>
      <translation>（无法显示此照片）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="124" />
      <source>(unknown)</source>
      <translation>（未知）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="766" />
      <source>* beyond what was on hand (negative stock).</source>
      <translation>* 超出现有库存（负库存）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="46" />
      <source>1 change waiting</source>
      <translation>1 项更改待同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="439" />
      <source>1 — very dissatisfied</source>
      <translation>1 — 非常不满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="438" />
      <source>2 — dissatisfied</source>
      <translation>2 — 不满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="438" />
      <source>3 — neutral</source>
      <translation>3 — 一般</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="437" />
      <source>4 — satisfied</source>
      <translation>4 — 满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="437" />
      <source>5 — very satisfied</source>
      <translation>5 — 非常满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="44" />
      <location filename="aftersales_desktop/gui/field_view.py" line="195" />
      <source>58 mm roll</source>
      <translation>58 mm 卷纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="44" />
      <location filename="aftersales_desktop/gui/field_view.py" line="194" />
      <source>80 mm roll</source>
      <translation>80 mm 卷纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="307" />
      <source>A job that is '{current}' cannot become '{target}'.</source>
      <translation>处于“{current}”状态的工单不能变为“{target}”。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="160" />
      <source>A job's status follows its history: reopen or cancel the job to change it.</source>
      <translation>工单状态由其历史记录决定：如需更改，请重新打开或取消该工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="573" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1028" />
      <location filename="aftersales_desktop/services/quality.py" line="864" />
      <source>A manager must approve this decision before it is carried out.</source>
      <translation>此决定须经售后管理人员审核后才能执行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="515" />
      <source>A repair marked fixed needs a passed test.</source>
      <translation>标记为已修复的维修须通过维修后测试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="434" />
      <source>A return can be cancelled only before the product is inspected.</source>
      <translation>退换货只能在产品检验之前取消。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="286" />
      <source>A saved signature can only be used by its owner, the repair's technician.</source>
      <translation>已保存的签名只能由本人（本次维修的技术维修人员）使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="442" />
      <source>A signed copy of all data on the share: a new outlet starts from it instead of replaying every change since the beginning.</source>
      <translation>在共享文件夹中发布一份带签名的全部数据副本：新网点从它开始，而不必从头重放每一项更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="338" />
      <location filename="aftersales_desktop/services/suppliers.py" line="356" />
      <source>A supplier with this name exists already.</source>
      <translation>已有同名供应商。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="480" />
      <source>A visit window is at most 12 hours.</source>
      <translation>上门时段最长为 12 小时。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="43" />
      <location filename="aftersales_desktop/gui/field_view.py" line="194" />
      <source>A4 sheet</source>
      <translation>A4 纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="43" />
      <source>A5 sheet</source>
      <translation>A5 纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="441" />
      <source>About the after-sales desktop</source>
      <translation>关于售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="97" />
      <source>Above {limit} %: raise it with the supplier.</source>
      <translation>高于 {limit}%：请向供应商反馈。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="492" />
      <source>Accept</source>
      <translation>接受</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="396" />
      <source>Accept against the policy, reason:</source>
      <translation>破例接受，原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="492" />
      <source>Accept return {number}</source>
      <translation>接受退换货申请 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="382" />
      <source>Accept the request now</source>
      <translation>立即接受申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <source>Accepted</source>
      <translation>验收合格</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="100" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="967" />
      <source>Accepted against the policy: {reason}</source>
      <translation>已破例接受：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="194" />
      <source>Accepted, awaiting the product</source>
      <translation>已接受，待寄回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="901" />
      <source>Accept…</source>
      <translation>接受…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="45" />
      <source>Account can log in</source>
      <translation>账号可以登录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="19" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="120" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="678" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="59" />
      <source>Active:</source>
      <translation>启用：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="503" />
      <source>Add at least one line to the delivery.</source>
      <translation>请为到货至少添加一行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="314" />
      <source>Add at least one part.</source>
      <translation>请至少添加一种备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="99" />
      <source>Add found stock</source>
      <translation>添加盘盈备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="119" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="194" />
      <source>Add line</source>
      <translation>添加行</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="291" />
      <source>Add line…</source>
      <translation>添加行…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="203" />
      <source>Add note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="37" />
      <source>Add note…</source>
      <translation>添加备注…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="326" />
      <source>Add part</source>
      <translation>添加备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="559" />
      <source>Add part…</source>
      <translation>添加备件…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="219" />
      <source>Add photos</source>
      <translation>添加照片</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="171" />
      <source>Add photo…</source>
      <translation>添加照片…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="261" />
      <source>Add pick for this part</source>
      <translation>为该备件添加拣货行</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="33" />
      <source>Add product</source>
      <translation>添加产品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="132" />
      <source>Add product…</source>
      <translation>添加产品…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="30" />
      <source>Add staff account</source>
      <translation>添加员工账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="114" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="351" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="84" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="546" />
      <source>Address:</source>
      <translation>地址：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="109" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="67" />
      <location filename="aftersales_desktop/gui/login_dialog.py" line="29" />
      <source>After-sales desktop</source>
      <translation>售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="442" />
      <source>After-sales desktop {version}

Service jobs, on-site visits and repair slips for printer consumables, working offline.</source>
      <translation>售后服务桌面版 {version}

打印耗材的售后工单、上门维修和维修单管理，支持离线使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="60" />
      <source>After-sales desktop — {outlet}</source>
      <translation>售后服务桌面版 — {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="506" />
      <source>Against the policy, reason:</source>
      <translation>破例原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="85" />
      <source>Agenda</source>
      <translation>上门日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="568" />
      <source>Agreed price</source>
      <translation>协议价格</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="119" />
      <source>Agreed price (¥):</source>
      <translation>协议价格（¥）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="138" />
      <source>All open</source>
      <translation>全部未结</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="45" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="78" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="544" />
      <source>All parts</source>
      <translation>全部备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="141" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="669" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="429" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="46" />
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="74" />
      <source>All suppliers</source>
      <translation>全部供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="194" />
      <source>Allow negative stock, reason:</source>
      <translation>允许负库存，原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="385" />
      <source>Also save the join request to a file, to carry to head office (USB stick)</source>
      <translation>同时将加入申请保存为文件，带给总部（U 盘）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="94" />
      <source>Also save the request to a file (head office approves it from a USB stick)</source>
      <translation>同时把申请保存为文件（总部可从U盘批准）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="418" />
      <location filename="aftersales_desktop/slips/render.py" line="407" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="779" />
      <source>An exchange is completed by the storekeeper handing over the replacement.</source>
      <translation>换货由库存管理人员交付换货品后完成。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="233" />
      <source>An exchange or refund needs a confirmed defect, or a return without a quality problem found unused with its packaging intact; repair at the customer's cost or reject.</source>
      <translation>换货或退款须经检验确认质量问题，或为经检验未使用且包装完好的无质量问题退货；否则请选择由客户付费维修或驳回申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="383" />
      <source>An outlet joins the share head office set up. Head office then approves it after comparing this site's key fingerprint.</source>
      <translation>网点加入总部建立的共享文件夹。总部核对本站点的密钥指纹后予以批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="948" />
      <source>Announced this installation's encryption key to head office.</source>
      <translation>已向总部发布本安装的加密密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="228" />
      <source>Another sync of this installation is running (a scheduled task or the application); this one was skipped.</source>
      <translation>本机的另一次同步正在进行（计划任务或本程序）；本次已跳过。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="143" />
      <source>Any priority</source>
      <translation>全部优先级</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="147" />
      <source>Any technician</source>
      <translation>全部技术员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="452" />
      <source>Applies to evaluations saved from now on; saved ones keep the pass mark they had.</source>
      <translation>适用于今后保存的评估；已保存的评估保留原来的合格线。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="196" />
      <source>Apply my saved signature</source>
      <translation>套用我已保存的签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="730" />
      <source>Approval</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="431" />
      <source>Approval:</source>
      <translation>审核：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1057" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="181" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="279" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="278" />
      <source>Approve a join request brought on a USB stick.</source>
      <translation>批准用 U 盘带来的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="152" />
      <source>Approve a whole number from 0 to the quantity requested.</source>
      <translation>批准数量须为 0 至申领数量之间的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="175" />
      <source>Approve and post adjustments</source>
      <translation>批准并登记调整</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="154" />
      <source>Approve at least one part, or reject the requisition.</source>
      <translation>请至少批准一种备件，或驳回该申领。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="277" />
      <source>Approve from file…</source>
      <translation>从文件批准…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="181" />
      <source>Approve requisition {number}</source>
      <translation>审核申领单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="154" />
      <source>Approve stocktake {number}</source>
      <translation>审核盘点 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1057" />
      <source>Approve the decision on {number}</source>
      <translation>审核 {number} 的决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="59" />
      <location filename="aftersales_desktop/domain/requisitions.py" line="89" />
      <source>Approved</source>
      <translation>已批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="45" />
      <location filename="aftersales_desktop/domain/stocktakes.py" line="67" />
      <source>Approved and posted</source>
      <translation>已批准并登记</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="726" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="568" />
      <source>Approved by</source>
      <translation>审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="478" />
      <source>Approved by head office.</source>
      <translation>总部已批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="987" />
      <source>Approved by {name} on {time}</source>
      <translation>{name} 于 {time} 审核通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="90" />
      <source>Approved in part</source>
      <translation>部分批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="198" />
      <source>Approved, to be completed</source>
      <translation>已审核，待完成</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="905" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="451" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="294" />
      <source>Approve…</source>
      <translation>批准…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="157" />
      <source>Arrived</source>
      <translation>到达时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="115" />
      <source>As the system</source>
      <translation>跟随系统</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="133" />
      <source>Ask each time</source>
      <translation>每次询问</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="70" />
      <source>Ask head office to admit this computer to an existing outlet.</source>
      <translation>申请总部把这台电脑加入已有网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="126" />
      <source>Assign job</source>
      <translation>派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="177" />
      <source>Assign to</source>
      <translation>派工给</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="40" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="79" />
      <source>Assigned</source>
      <translation>已派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="74" />
      <source>Assigned to {name}</source>
      <translation>派工给 {name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="844" />
      <source>Assigned {count} sites of the roster to their outlets.</source>
      <translation>已将站点名单中的 {count} 个站点分配到所属网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="34" />
      <source>Assign…</source>
      <translation>派工…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="302" />
      <source>At most 200 characters.</source>
      <translation>最多 200 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="321" />
      <location filename="aftersales_desktop/services/suppliers.py" line="524" />
      <location filename="aftersales_desktop/services/suppliers.py" line="639" />
      <source>At most 60 characters.</source>
      <translation>最多 60 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="325" />
      <source>At most {count} photos per inspection.</source>
      <translation>每次检验最多 {count} 张照片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="319" />
      <location filename="aftersales_desktop/services/inspections.py" line="320" />
      <location filename="aftersales_desktop/services/slips.py" line="110" />
      <source>At most {limit} characters.</source>
      <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="501" />
      <source>At most {most} of {part} can come back.</source>
      <translation>{part} 最多只能退回 {most}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="538" />
      <source>At most {price}</source>
      <translation>最多 {price}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="45" />
      <source>Awaiting return or exchange</source>
      <translation>待退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="451" />
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="115" />
      <source>Backing up…</source>
      <translation>正在备份…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="105" />
      <source>Backup failed</source>
      <translation>备份失败</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="104" />
      <source>Backup failed: {error}</source>
      <translation>备份失败：{error}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="152" />
      <source>Backup folder</source>
      <translation>备份文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="121" />
      <source>Backup saved: {path}</source>
      <translation>备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="138" />
      <source>Backups (*.sqlite3);;All files (*)</source>
      <translation>备份文件 (*.sqlite3);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="402" />
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="54" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="327" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="251" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="336" />
      <source>Batch and quantity:</source>
      <translation>批次与数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="119" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="220" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="613" />
      <source>Batch:</source>
      <translation>批次：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="270" />
      <source>Before approving, ask the outlet to read out its key fingerprint on the phone and compare it with the one listed here.</source>
      <translation>批准之前，请网点通过电话读出其密钥指纹，并与此处列出的指纹核对。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="488" />
      <source>Below safety stock ({safety})</source>
      <translation>低于安全库存（{safety}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="447" />
      <source>Below safety stock:</source>
      <translation>低于安全库存：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="430" />
      <source>Below the pass mark {threshold}: {flag}</source>
      <translation>低于合格线 {threshold}：{flag}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="216" />
      <source>Between 1 and 720 hours.</source>
      <translation>请输入 1 到 720 小时。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="349" />
      <source>Between 1 and {most} days.</source>
      <translation>请输入 1 到 {most} 天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="285" />
      <source>Blind sheet (no book quantities)</source>
      <translation>盲盘表（不显示账面数量）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="306" />
      <source>Book</source>
      <translation>账面数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="168" />
      <source>Book at count</source>
      <translation>盘点时账面</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="167" />
      <source>Book at start</source>
      <translation>开始时账面</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="547" />
      <source>Book qty</source>
      <translation>账面数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="373" />
      <source>Book return</source>
      <translation>登记退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="346" />
      <source>Bought on</source>
      <translation>购买日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="958" />
      <source>Bought {date}, proof {proof}, paid {price}</source>
      <translation>购买日期 {date}，凭证 {proof}，实付 {price}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="280" />
      <source>Bought: {date}</source>
      <translation>购买日期：{date}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="152" />
      <source>Brand</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="62" />
      <source>Brand:</source>
      <translation>品牌：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="157" />
      <source>Bring</source>
      <translation>携带</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="148" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="248" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="77" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/state.py" line="50" />
      <source>Bundle {seq} of site {site} does not follow the bundle applied here: the site's history has split. Its changes are no longer applied here until head office sorts it out.</source>
      <translation>站点 {site} 的同步包 {seq} 与本机已应用的同步包接不上：该站点的历史出现了分叉。在总部处理之前，本机不再应用它的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="419" />
      <source>Bundle {seq} of this installation could not be read back from the share ({detail}): its changes stay in the outbox.</source>
      <translation>无法从共享文件夹读回本机的同步包 {seq}（{detail}）：其更改继续保留在待发送队列中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="424" />
      <source>Bundle {seq} of this installation on the share is not the one it made: its changes stay in the outbox.</source>
      <translation>共享文件夹中本机的同步包 {seq} 与本机生成的不一致：其更改继续保留在待发送队列中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="714" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="526" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="403" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="200" />
      <source>By signing you confirm the findings above.</source>
      <translation>签名即表示您确认以上检验结果。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="210" />
      <location filename="aftersales_desktop/slips/render.py" line="558" />
      <source>COPY {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="370" />
      <source>Calculate</source>
      <translation>计算</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="143" />
      <source>Call head office and read them this computer's key fingerprint; they compare it with the request before approving.</source>
      <translation>请致电总部并念出这台电脑的密钥指纹；总部核对申请后再批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="434" />
      <source>Call the customer: is the problem solved, are they satisfied?</source>
      <translation>回访客户：问题是否解决？是否满意？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="85" />
      <location filename="aftersales_desktop/gui/login_dialog.py" line="51" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="452" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="186" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="188" />
      <source>Cancel job</source>
      <translation>取消工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="37" />
      <source>Cancel job…</source>
      <translation>取消工单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="213" />
      <source>Cancel requisition</source>
      <translation>取消申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="212" />
      <source>Cancel requisition {number}</source>
      <translation>取消申领单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1052" />
      <source>Cancel return</source>
      <translation>取消退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1052" />
      <source>Cancel return {number}</source>
      <translation>取消退换货单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="136" />
      <source>Cancel stocktake</source>
      <translation>取消盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="126" />
      <source>Cancel stocktake {number}</source>
      <translation>取消盘点 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="296" />
      <source>Cancel stocktake…</source>
      <translation>取消盘点…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="167" />
      <location filename="aftersales_desktop/domain/jobs.py" line="47" />
      <location filename="aftersales_desktop/domain/quality.py" line="200" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="910" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="453" />
      <source>Cancel…</source>
      <translation>取消…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/support.py" line="253" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="629" />
      <source>Cannot do that</source>
      <translation>无法执行此操作</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="51" />
      <source>Cannot draw: type the name</source>
      <translation>无法手写：输入姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="162" />
      <source>Cannot open the outlet data</source>
      <translation>无法打开网点数据</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="282" />
      <source>Cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="144" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="173" />
      <source>Cannot restore this file</source>
      <translation>无法恢复此文件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="358" />
      <source>Carrier</source>
      <translation>承运商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="359" />
      <source>Carrier:</source>
      <translation>承运商：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="124" />
      <source>Cartridge not recognised / chip error</source>
      <translation>耗材无法识别 / 芯片错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="65" />
      <source>Case</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="146" />
      <source>Case closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="787" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="888" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="169" />
      <source>Case number</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="141" />
      <source>Case opened</source>
      <translation>已建单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="89" />
      <source>Catalog</source>
      <translation>产品目录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="266" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="563" />
      <source>Category</source>
      <translation>类别</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="364" />
      <source>Caught up from head office's snapshot {name} ({rows} rows added or changed): bundles this installation needed were pruned from the share.</source>
      <translation>已从总部快照 {name} 补齐数据（新增或更新 {rows} 行）：本机需要的同步包已从共享文件夹中清理。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="405" />
      <source>Change folder…</source>
      <translation>更改文件夹…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="124" />
      <source>Changes travel between this site and the others through a shared folder.</source>
      <translation>本站点与其他站点之间通过共享文件夹交换更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="35" />
      <source>Changes waiting</source>
      <translation>待同步变更</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="132" />
      <source>Channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="448" />
      <source>Charges</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="207" />
      <source>Check</source>
      <translation>检查项目</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="287" />
      <location filename="aftersales_desktop/slips/render.py" line="549" />
      <source>Check code {code}</source>
      <translation>校验码 {code}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="154" />
      <source>Check now</source>
      <translation>立即检查</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="568" />
      <source>Checked by</source>
      <translation>复核人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="59" />
      <source>Checking sync…</source>
      <translation>正在检查同步…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="73" />
      <source>Chip recognised</source>
      <translation>芯片可识别</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="113" />
      <source>Choose Chinese or English.</source>
      <translation>请选择中文或英文。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="175" />
      <source>Choose a backup folder</source>
      <translation>选择备份文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="275" />
      <source>Choose a logo</source>
      <translation>选择标志图片</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="95" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="310" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="113" />
      <source>Choose a part from the catalog.</source>
      <translation>请从产品目录中选择备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="287" />
      <source>Choose a slip font</source>
      <translation>选择维修单字体</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="363" />
      <source>Choose a supplier from the list.</source>
      <translation>请从列表中选择供应商。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="319" />
      <source>Choose a technician.</source>
      <translation>请选择技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="128" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="219" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="280" />
      <source>Choose a technician…</source>
      <translation>请选择技术维修人员…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="245" />
      <source>Choose a transfer.</source>
      <translation>请选择一笔调拨。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="324" />
      <source>Choose an active technician.</source>
      <translation>请选择在职（已启用）的技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="641" />
      <source>Choose an empty shared folder for the new share</source>
      <translation>为新的共享选择一个空的共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="253" />
      <source>Choose another outlet to transfer to.</source>
      <translation>请选择要调拨到的其他网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="545" />
      <source>Choose how serious the problem is.</source>
      <translation>请选择问题的严重程度。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="235" />
      <source>Choose image…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="487" />
      <source>Choose return or exchange.</source>
      <translation>请选择退货或换货。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="480" />
      <source>Choose the customer, or start from a service job.</source>
      <translation>请选择客户，或从售后工单开始。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="408" />
      <source>Choose the product model from the catalog.</source>
      <translation>请从产品目录中选择产品型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="474" />
      <location filename="aftersales_desktop/services/quality.py" line="471" />
      <source>Choose the product.</source>
      <translation>请选择产品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="103" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="649" />
      <source>Choose the shared folder head office set up</source>
      <translation>选择总部建立的共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_status.py" line="368" />
      <source>Choose the shared folder head office set up.</source>
      <translation>请选择总部建立的共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="316" />
      <source>Choose the verdict of the inspection.</source>
      <translation>请选择检验结论。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="707" />
      <source>Choose what is done for the customer.</source>
      <translation>请选择对客户的处理方式。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="638" />
      <source>Choose where the defect was found.</source>
      <translation>请选择不良品的发现途径。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="667" />
      <source>Choose where the share is now</source>
      <translation>选择共享文件夹现在的位置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="436" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="434" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="306" />
      <source>Click to open the Sync page.</source>
      <translation>单击打开“同步”页面。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="306" />
      <source>Click to sync now.</source>
      <translation>单击立即同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="39" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="163" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="137" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="36" />
      <source>Close (follow-up)…</source>
      <translation>回访结案…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="400" />
      <source>Close a form without saving</source>
      <translation>关闭表单，不保存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="433" />
      <source>Close after follow-up</source>
      <translation>回访结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="875" />
      <source>Close case</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="799" />
      <source>Close case…</source>
      <translation>结案…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="443" />
      <source>Close job</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="874" />
      <source>Close quality case {number}</source>
      <translation>质量问题单 {number} 结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="46" />
      <location filename="aftersales_desktop/domain/quality.py" line="121" />
      <source>Closed</source>
      <translation>已结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="83" />
      <source>Closed after follow-up</source>
      <translation>回访后结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="113" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="48" />
      <location filename="aftersales_desktop/slips/render.py" line="347" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="98" />
      <source>Company pays</source>
      <translation>公司承担</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="153" />
      <source>Compatible printers</source>
      <translation>适用打印机</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="66" />
      <source>Compatible printers:</source>
      <translation>适用打印机：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="542" />
      <source>Compensation (yuan):</source>
      <translation>补偿金额（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="250" />
      <source>Compensation is paid only for a quality problem the inspection confirmed.</source>
      <translation>只有经检验确认的质量问题才给予客户补偿。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="543" />
      <source>Compensation reason:</source>
      <translation>补偿原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="606" />
      <source>Compensation: {amount}.</source>
      <translation>客户补偿：{amount}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="594" />
      <source>Complete</source>
      <translation>完成</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="593" />
      <source>Complete {number}</source>
      <translation>完成 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="199" />
      <location filename="aftersales_desktop/domain/quality.py" line="232" />
      <source>Completed</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="907" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1022" />
      <source>Complete…</source>
      <translation>完成…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="223" />
      <source>Condition on receipt</source>
      <translation>到货状况</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="113" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="369" />
      <source>Condition:</source>
      <translation>状况：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="401" />
      <source>Confirm a signature or an inspection</source>
      <translation>确认签名或检验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="669" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="456" />
      <source>Confirm receipt</source>
      <translation>确认签收</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="670" />
      <source>Confirm that the parts of {number} reached you?</source>
      <translation>确认已收到 {number} 的备件？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="37" />
      <source>Conflict</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="529" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="559" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="609" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="559" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="608" />
      <source>Conflicts ({n})</source>
      <translation>冲突（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="512" />
      <source>Contact</source>
      <translation>联系人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="80" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="545" />
      <source>Contact person:</source>
      <translation>联系人：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="553" />
      <source>Contacts</source>
      <translation>联系信息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="113" />
      <source>Contacts, parts supplied, deliveries, defects and evaluation scores.</source>
      <translation>联系信息、供应备件、到货、不良品及评估得分。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="162" />
      <source>Correct (new revision)…</source>
      <translation>更正（新修订版）…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="272" />
      <source>Correct count</source>
      <translation>更正数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="377" />
      <source>Correct count…</source>
      <translation>更正数量…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="156" />
      <source>Correct slip {number} (revision {revision})</source>
      <translation>更正维修单 {number}（修订版 {revision}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="372" />
      <source>Corrected</source>
      <translation>已更正</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="566" />
      <source>Count every location in order; write found stock not on this sheet in the blank rows with its location and batch.</source>
      <translation>请按存放位置逐一盘点；本表未列出的实物库存，请连同存放位置和批次填写在空白行中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="283" />
      <source>Count matches the ledger; nothing changed.</source>
      <translation>盘点数与台账一致，未作调整。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="553" />
      <source>Count sheet {number}</source>
      <translation>库存盘点表 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="109" />
      <source>Count the shelves, compare with the ledger, and post the differences.</source>
      <translation>清点货架，与台账核对，并登记差异。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="81" />
      <source>Count:</source>
      <translation>盘点范围：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="168" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="306" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="548" />
      <source>Counted</source>
      <translation>实盘数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="306" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="568" />
      <source>Counted by</source>
      <translation>盘点人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="275" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="107" />
      <source>Counted:</source>
      <translation>盘点数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="43" />
      <source>Counting</source>
      <translation>盘点中</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="258" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="449" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="457" />
      <source>Create outlet</source>
      <translation>创建网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_model.py" line="55" />
      <source>Created</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="161" />
      <source>Created from</source>
      <translation>受理日期从</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="51" />
      <source>Creates the outlet and its first manager account on this computer.</source>
      <translation>在这台电脑上创建网点及其第一个经理账号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="154" />
      <source>Ctrl+Enter</source>
      <translation>Ctrl+Enter</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="66" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="169" />
      <source>Customer asks for</source>
      <translation>客户要求</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="266" />
      <source>Customer contact on {number}</source>
      <translation>联系客户 — {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="145" />
      <location filename="aftersales_desktop/domain/quality.py" line="233" />
      <source>Customer contacted</source>
      <translation>已联系客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="347" />
      <source>Customer name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="98" />
      <source>Customer pays</source>
      <translation>客户承担</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="54" />
      <location filename="aftersales_desktop/domain/suppliers.py" line="62" />
      <source>Customer return</source>
      <translation>客户退货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="26" />
      <source>Customer service</source>
      <translation>客服人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1026" />
      <source>Customer service completes this case.</source>
      <translation>此单由客服人员完成。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="180" />
      <location filename="aftersales_desktop/slips/render.py" line="521" />
      <source>Customer signature</source>
      <translation>客户签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <source>Customer signer</source>
      <translation>客户签名人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="216" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="319" />
      <source>Customer:</source>
      <translation>客户：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="179" />
      <source>Customer: {name}</source>
      <translation>客户：{name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="829" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="953" />
      <source>Customer: {name}, {phone}</source>
      <translation>客户：{name}，{phone}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="214" />
      <source>Customers</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="208" />
      <source>DRAFT - NOT SIGNED</source>
      <translation>草稿 未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="97" />
      <source>Daily backup saved: {path}</source>
      <translation>每日备份已保存：{path}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="157" />
      <source>Daily backups kept</source>
      <translation>每日备份保留份数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="65" />
      <source>Damaged by the customer</source>
      <translation>人为损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="115" />
      <source>Data key {key_id} of the share cannot be unwrapped with this installation's encryption key.</source>
      <translation>无法用本安装的加密密钥解开共享文件夹的数据密钥 {key_id}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="223" />
      <location filename="aftersales_desktop/services/requisitions.py" line="725" />
      <location filename="aftersales_desktop/services/requisitions.py" line="769" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="173" />
      <source>Date received</source>
      <translation>收货日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="101" />
      <source>Date received:</source>
      <translation>收货日期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="889" />
      <source>Date requested</source>
      <translation>申请日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <source>Day</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="495" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="665" />
      <source>Deactivate</source>
      <translation>停用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="518" />
      <source>Decide</source>
      <translation>作出决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="518" />
      <source>Decide on {number}</source>
      <translation>对 {number} 作出处理决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="79" />
      <source>Decided</source>
      <translation>已决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="593" />
      <source>Decided by {name} on {time}</source>
      <translation>{name} 于 {time} 审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="197" />
      <source>Decided, awaiting approval</source>
      <translation>已决定，待审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="904" />
      <source>Decide…</source>
      <translation>决定…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="230" />
      <source>Decision approved</source>
      <translation>决定已审核通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="231" />
      <source>Decision sent back</source>
      <translation>决定已退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="997" />
      <source>Decision sent back: {reason}</source>
      <translation>决定已退回：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="229" />
      <source>Decision taken</source>
      <translation>已作出决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="991" />
      <source>Decision: {outcome} by {name}</source>
      <translation>处理决定：{outcome}（{name}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1048" />
      <source>Decline</source>
      <translation>拒绝</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1048" />
      <source>Decline return {number}</source>
      <translation>拒绝退换货申请 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="195" />
      <location filename="aftersales_desktop/domain/quality.py" line="227" />
      <source>Declined</source>
      <translation>已拒绝</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="902" />
      <source>Decline…</source>
      <translation>拒绝…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="63" />
      <source>Defect confirmed</source>
      <translation>确认质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="64" />
      <source>Defect not confirmed</source>
      <translation>未发现质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="56" />
      <source>Defect rate</source>
      <translation>不良率</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="55" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="584" />
      <source>Defective</source>
      <translation>不良数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="333" />
      <source>Defective units:</source>
      <translation>不良数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="581" />
      <source>Defects</source>
      <translation>不良品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1129" />
      <source>Defects by batch</source>
      <translation>按批次统计不良品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="49" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="86" />
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="184" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="292" />
      <source>Delivered</source>
      <translation>到货数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="577" />
      <source>Deliveries</source>
      <translation>到货记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="376" />
      <source>Deliveries (on time / all):</source>
      <translation>到货批次（准时 / 全部）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <source>Delivery note</source>
      <translation>送货单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="536" />
      <source>Delivery note {reference} from this supplier was already received on {date}.</source>
      <translation>该供应商的送货单 {reference} 已于 {date} 入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="197" />
      <source>Delivery note {reference} was already received for this part.</source>
      <translation>该备件的送货单 {reference} 已经入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="121" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="165" />
      <source>Delivery note:</source>
      <translation>送货单号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="286" />
      <source>Delivery {reference} received: {accepted} into stock, {rejected} rejected</source>
      <translation>到货 {reference} 已入库：合格入库 {accepted}，拒收 {rejected}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="383" />
      <source>Describe the fault.</source>
      <translation>请描述故障现象。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="513" />
      <source>Describe the post-repair test.</source>
      <translation>请描述维修后测试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="546" />
      <source>Describe the quality problem.</source>
      <translation>请描述质量问题。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="488" />
      <source>Describe the reason (for a quality problem: what is wrong with the product).</source>
      <translation>请说明原因（如为质量问题：产品有什么问题）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="317" />
      <source>Describe the test and its result (for example: printed 20 test pages, streaks on the left).</source>
      <translation>请描述测试及其结果（例如：打印 20 张测试页，左侧有条纹）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="509" />
      <location filename="aftersales_desktop/services/slips.py" line="398" />
      <source>Describe the work done.</source>
      <translation>请描述维修过程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="157" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="788" />
      <source>Description</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="231" />
      <source>Description:</source>
      <translation>问题描述：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="714" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="106" />
      <source>Details are in the log file.</source>
      <translation>详细信息见日志文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="348" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="287" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="221" />
      <source>Diagnosis</source>
      <translation>故障诊断</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="215" />
      <source>Diagnostics saved to {path}. They hold the log files, versions and settings, never passwords or keys: send the file to support.</source>
      <translation>诊断信息已保存到 {path}。其中包含日志文件、版本和设置，不含密码或密钥：请将该文件发送给技术支持。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="168" />
      <source>Difference</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="267" />
      <source>Differences</source>
      <translation>差异</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="52" />
      <source>Disposal</source>
      <translation>报废</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="255" />
      <source>Dispose of stock</source>
      <translation>库存报废</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="263" />
      <source>Disposed of {quantity} × {part}</source>
      <translation>已报废 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="376" />
      <source>Dispose…</source>
      <translation>报废…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="37" />
      <source>Document step</source>
      <translation>单据步骤</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="166" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="377" />
      <source>Double-click or press Enter to view, print or verify</source>
      <translation>双击或按回车键查看、打印或核验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="71" />
      <source>Drum</source>
      <translation>感光鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="50" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="115" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="83" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="546" />
      <source>E-mail:</source>
      <translation>电子邮件：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="67" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="155" />
      <source>Earlier jobs</source>
      <translation>历史维修</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="33" />
      <source>Edit product</source>
      <translation>编辑产品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="30" />
      <source>Edit staff account</source>
      <translation>编辑员工账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="75" />
      <source>Edit supplier</source>
      <translation>编辑供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="137" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="110" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="494" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="49" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="611" />
      <source>Empty: earliest expiry first</source>
      <translation>留空：优先取有效期最早的</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="259" />
      <source>Enter a date such as 2027-12-31, or leave it empty.</source>
      <translation>请输入日期，例如 2027-12-31，或留空。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/suppliers.py" line="93" />
      <source>Enter a month such as 2026-10 or a quarter such as 2026-Q4.</source>
      <translation>请输入月份（例如 2026-10）或季度（例如 2026-Q4）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="46" />
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="73" />
      <location filename="aftersales_desktop/services/suppliers.py" line="457" />
      <location filename="aftersales_desktop/services/suppliers.py" line="453" />
      <source>Enter a price in yuan, such as 268.00.</source>
      <translation>请输入以元为单位的价格，例如 268.00。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="73" />
      <source>Enter a user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="787" />
      <source>Enter a whole number from 0 to 100.</source>
      <translation>请输入 0 到 100 之间的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="118" />
      <location filename="aftersales_desktop/services/suppliers.py" line="632" />
      <location filename="aftersales_desktop/services/suppliers.py" line="509" />
      <source>Enter a whole number of at least 1.</source>
      <translation>请输入不小于 1 的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="459" />
      <source>Enter a whole number of days from 0 to 365.</source>
      <translation>请输入 0 到 365 之间的整数天数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="511" />
      <source>Enter a whole number, 0 or more.</source>
      <translation>请输入 0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="133" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="253" />
      <source>Enter an amount in yuan, e.g. 12.50.</source>
      <translation>请输入以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="451" />
      <location filename="aftersales_desktop/services/quality.py" line="456" />
      <source>Enter an amount in yuan, such as 268.00.</source>
      <translation>请输入以元为单位的金额，例如 268.00。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="111" />
      <source>Enter an hourly rate from ¥0 to ¥10,000.</source>
      <translation>请输入 ¥0 至 ¥10,000 之间的小时费率。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="483" />
      <source>Enter at least one quantity to return.</source>
      <translation>请至少输入一个退回数量。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="351" />
      <source>Enter the address customers send returns to.</source>
      <translation>请输入客户寄回退换货产品的地址。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="482" />
      <source>Enter the address of the visit.</source>
      <translation>请输入上门地址。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="241" />
      <source>Enter the amount to refund.</source>
      <translation>请输入退款金额。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="82" />
      <source>Enter the brand.</source>
      <translation>请输入品牌。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="455" />
      <source>Enter the carrier, or choose hand-over in person.</source>
      <translation>请输入承运商，或选择当面交付。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="307" />
      <source>Enter the counted quantity: a whole number, 0 or more.</source>
      <translation>请输入盘点数量：0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="45" />
      <location filename="aftersales_desktop/services/slips.py" line="396" />
      <source>Enter the customer's name.</source>
      <translation>请输入客户姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="525" />
      <source>Enter the day the goods arrived.</source>
      <translation>请输入到货日期。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="508" />
      <location filename="aftersales_desktop/services/slips.py" line="397" />
      <source>Enter the diagnosis.</source>
      <translation>请输入故障诊断。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="570" />
      <source>Enter the guidance given to the customer.</source>
      <translation>请输入给客户的指导。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="83" />
      <source>Enter the model.</source>
      <translation>请输入型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="61" />
      <location filename="aftersales_desktop/sync/membership.py" line="175" />
      <source>Enter the outlet code, such as SH01.</source>
      <translation>请输入网点代码，例如 SH01。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="65" />
      <source>Enter the outlet name.</source>
      <translation>请输入网点名称。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="77" />
      <source>Enter the person's name.</source>
      <translation>请输入姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="143" />
      <source>Enter the purchase date: the time window counts from it.</source>
      <translation>请输入购买日期：期限从该日起算。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="837" />
      <location filename="aftersales_desktop/services/requisitions.py" line="372" />
      <location filename="aftersales_desktop/services/requisitions.py" line="387" />
      <source>Enter the reason.</source>
      <translation>请输入原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="331" />
      <source>Enter the safety stock: a whole number, 0 or more.</source>
      <translation>请输入安全库存：0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/signing.py" line="23" />
      <source>Enter the signer's name as printed.</source>
      <translation>请输入签名人的正楷姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="353" />
      <source>Enter the stock location for returned products.</source>
      <translation>请输入退回产品的存放位置。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="523" />
      <source>Enter the supplier's delivery note number.</source>
      <translation>请输入供应商送货单号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="301" />
      <source>Enter the supplier's name.</source>
      <translation>请输入供应商名称。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="456" />
      <source>Enter the tracking number.</source>
      <translation>请输入运单号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="156" />
      <source>Enter your password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="155" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="52" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="160" />
      <source>Escalate job</source>
      <translation>上报复杂故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="797" />
      <source>Escalate to return…</source>
      <translation>转退换货…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="312" />
      <source>Escalate {number} to a return</source>
      <translation>将 {number} 转为退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="43" />
      <source>Escalated</source>
      <translation>已上报</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="144" />
      <source>Escalated to a return or exchange</source>
      <translation>已转退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="80" />
      <source>Escalated to the manager</source>
      <translation>已上报售后管理人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="34" />
      <source>Escalate…</source>
      <translation>上报…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="360" />
      <source>Evaluate {supplier}</source>
      <translation>评估 {supplier}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="585" />
      <source>Evaluated</source>
      <translation>评估时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="498" />
      <source>Evaluate…</source>
      <translation>评估…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="586" />
      <source>Evaluations</source>
      <translation>评估记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="179" />
      <source>Every change of this laptop is on the share.</source>
      <translation>本机的所有更改都已同步到共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="84" />
      <source>Every customer request from intake to closure.</source>
      <translation>每个客户请求从受理到结案的全过程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="120" />
      <source>Every site's changes are arriving in order.</source>
      <translation>各站点的更改都在按顺序到达。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="83" />
      <location filename="aftersales_desktop/domain/quality.py" line="47" />
      <source>Exchange</source>
      <translation>换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="507" />
      <source>Exchange changes with the share now (F5)</source>
      <translation>立即与共享文件夹交换更改（F5）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="187" />
      <source>Exchange changes with the share, then show what this laptop carries.</source>
      <translation>与共享文件夹交换更改，然后显示本机携带的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="100" />
      <source>Existing customer</source>
      <translation>已有客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="55" />
      <source>Expected reply time</source>
      <translation>预计回复时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="251" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="390" />
      <location filename="aftersales_desktop/services/requisitions.py" line="772" />
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="185" />
      <source>Expires (yyyy-mm-dd)</source>
      <translation>有效期至（yyyy-mm-dd）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="114" />
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="451" />
      <source>Expiring within 30 days:</source>
      <translation>30 天内过期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="293" />
      <source>Expiry</source>
      <translation>有效期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="120" />
      <source>Expiry:</source>
      <translation>有效期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="294" />
      <source>Export &amp;diagnostics…</source>
      <translation>导出诊断信息(&amp;D)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="199" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="214" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="210" />
      <source>Export diagnostics</source>
      <translation>导出诊断信息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="374" />
      <source>Failed</source>
      <translation>未通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="155" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="222" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="151" />
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="386" />
      <source>Fault and repair</source>
      <translation>故障与维修</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="379" />
      <source>Fault confirmed</source>
      <translation>故障已确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="283" />
      <source>Fault confirmed on arrival</source>
      <translation>到场后已确认故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="284" />
      <location filename="aftersales_desktop/slips/render.py" line="378" />
      <source>Fault symptom</source>
      <translation>故障现象</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="150" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="364" />
      <source>Filter by model or name…</source>
      <translation>按型号或名称筛选…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="482" />
      <source>Filter by name, contact, phone or part…</source>
      <translation>按名称、联系人、电话或备件筛选…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="281" />
      <source>Filter by part, location or batch…</source>
      <translation>按备件、存放位置或批次筛选…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="380" />
      <source>Find the customer or enter a new one.</source>
      <translation>请查找客户或录入新客户。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="406" />
      <source>Find the share somewhere else, for example after its drive letter changed. It must be the same share.</source>
      <translation>在其他位置查找共享文件夹，例如盘符改变之后。必须是同一个共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="382" />
      <source>First manager account</source>
      <translation>首个管理员账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="146" />
      <source>Fixed</source>
      <translation>已修复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="341" />
      <source>For a quality problem: what is wrong with the product</source>
      <translation>如为质量问题：产品有什么问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="579" />
      <source>Found</source>
      <translation>发现时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="247" />
      <source>Found automatically</source>
      <translation>自动查找</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/suppliers.py" line="61" />
      <source>Found in an inspection</source>
      <translation>检验中发现</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="117" />
      <source>Found stock added: {quantity} × {part}</source>
      <translation>已添加盘盈：{quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="337" />
      <source>Found:</source>
      <translation>发现途径：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="552" />
      <source>Freight (yuan):</source>
      <translation>物流费用（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="993" />
      <source>Freight {amount}: {payer}</source>
      <translation>物流费用 {amount}：{payer}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="499" />
      <source>Freight:</source>
      <translation>物流费用：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="64" />
      <source>Freight: the company pays (quality problem).</source>
      <translation>物流费用：由公司承担（质量问题）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="65" />
      <source>Freight: the customer pays.</source>
      <translation>物流费用：由客户承担。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="834" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="963" />
      <source>From job {number}</source>
      <translation>来自工单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="194" />
      <source>From job {number}: its customer and product.</source>
      <translation>来自工单 {number}：使用其客户和产品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="228" />
      <source>From job {number}: {name}, {phone}</source>
      <translation>来自工单 {number}：{name}，{phone}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="612" />
      <source>From location:</source>
      <translation>出库位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="962" />
      <source>From quality case {number}</source>
      <translation>来自质量问题单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="85" />
      <source>From site</source>
      <translation>来自站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="171" />
      <source>From technician:</source>
      <translation>来自技术员：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="537" />
      <source>From {outlet}</source>
      <translation>来自 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="397" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="55" />
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="937" />
      <source>Gave the share's data keys to {count} sites that announced their encryption key.</source>
      <translation>已将共享文件夹的数据密钥交给 {count} 个发布了加密密钥的站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="178" />
      <source>Give this computer a name, such as 李伟的笔记本.</source>
      <translation>请给这台电脑起个名字，例如“李伟的笔记本”。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="244" />
      <source>Give this computer a new key and site identity, keeping its data; head office approves it and the work lost with the restore comes back.</source>
      <translation>为本机生成新密钥和新站点身份，数据保留；总部批准后，恢复时丢失的工作会回来。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="720" />
      <source>Give this computer a new key and site identity? Its data stays. Head office must approve the new key (compare its fingerprint on the phone); then the work lost with the restore comes back and new changes are sent again.</source>
      <translation>要为本机生成新密钥和新站点身份吗？数据会保留。总部须批准新密钥（电话核对指纹）；之后恢复时丢失的工作会回来，新的变更会重新发送。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="397" />
      <source>Go to a page of the side bar, in order</source>
      <translation>按顺序切换到侧栏中的页面</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="55" />
      <source>Goods-in</source>
      <translation>到货验收</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="249" />
      <source>Guidance given:</source>
      <translation>给予的指导：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="88" />
      <source>Guidance: {guidance}</source>
      <translation>指导：{guidance}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="29" />
      <source>HQ analyst</source>
      <translation>总部数据分析员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="594" />
      <source>Hand over</source>
      <translation>交付</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="352" />
      <source>Hand over in person (no carrier)</source>
      <translation>当面交付（不经承运商）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1022" />
      <source>Hand over replacement…</source>
      <translation>交付换货品…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="599" />
      <source>Hand over {quantity} × {part} as the replacement.</source>
      <translation>交付 {quantity} × {part} 作为换货品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="597" />
      <source>Handed over in person on {time}</source>
      <translation>已于 {time} 当面交付</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="720" />
      <source>Handed over in person.</source>
      <translation>当面交付。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="42" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="374" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="460" />
      <source>Head office</source>
      <translation>总部</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="674" />
      <source>Head office approved {site} as the re-key of {old}; the old key is retired.</source>
      <translation>总部已批准 {site} 作为 {old} 的重新密钥；旧密钥已停用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="54" />
      <source>Head office approves this computer; it then receives the outlet's jobs, stock and staff accounts through the share, and you log in with your own account.</source>
      <translation>总部批准这台电脑后，它通过共享文件夹接收网点的服务单、库存和员工账号，您用自己的账号登录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="864" />
      <source>Head office cannot revoke its own site.</source>
      <translation>总部不能吊销自己的站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="921" />
      <source>Head office cannot unwrap data key {key_id} of the share with its encryption key.</source>
      <translation>总部无法用其加密密钥解开共享文件夹的数据密钥 {key_id}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="209" />
      <source>Head office has approved this computer. Next: receive the outlet's data.</source>
      <translation>总部已批准这台电脑。下一步：接收网点数据。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="206" />
      <source>Head office has revoked this computer. Ask head office what happened.</source>
      <translation>总部已吊销这台电脑。请向总部询问原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="297" />
      <source>Head office has revoked this installation's access to the share.</source>
      <translation>总部已撤销本机对共享文件夹的访问权限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="345" />
      <source>Head office published its roster again as version {version} (built on version {base}).</source>
      <translation>总部已将站点名单重新发布为第 {version} 版（基于第 {base} 版）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="376" />
      <source>Head office sets the share up once, in an empty folder, and then approves every outlet that asks to join.</source>
      <translation>总部在一个空文件夹中建立一次共享，之后批准每个申请加入的网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="307" />
      <source>Head office's encryption key is missing from this computer's key store: restore it before encrypting the share.</source>
      <translation>本计算机的密钥库中缺少总部的加密密钥：请先恢复它，再加密共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="908" />
      <source>Head office's encryption key is needed to give a site the share's data keys.</source>
      <translation>需要总部的加密密钥才能把共享文件夹的数据密钥交给站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="893" />
      <source>Head office's encryption key on this computer is not the one on the roster: restore head office's keys before encrypting the share.</source>
      <translation>本计算机上总部的加密密钥与站点名单上的不一致：请先恢复总部的密钥，再加密共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="539" />
      <source>Head office's installation cannot be re-keyed: restore its newest backup instead.</source>
      <translation>总部的安装不能重新密钥：请改为恢复其最新备份。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="799" />
      <source>Head office's own entry on the roster cannot be changed.</source>
      <translation>站点名册中总部自己的条目不能更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="118" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="490" />
      <source>Held</source>
      <translation>持有数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="371" />
      <source>Held by the technician: {parts}</source>
      <translation>技术员持有：{parts}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="97" />
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="526" />
      <source>History</source>
      <translation>历史记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="28" />
      <source>History records are never changed.</source>
      <translation>历史记录不允许修改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="47" />
      <source>Hotline</source>
      <translation>客服热线</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="182" />
      <source>Hours from intake until the customer is promised a reply, by priority. New jobs use these; existing jobs keep their promised time.</source>
      <translation>按优先级设置从受理到承诺回复客户的小时数。新工单使用这些设置；已有工单保持原来承诺的时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="271" />
      <source>How:</source>
      <translation>方式：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="407" />
      <source>Ignored after sync: {steps}</source>
      <translation>同步后被忽略：{steps}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="276" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="424" />
      <source>Images and PDF (*.png *.jpg *.jpeg *.pdf)</source>
      <translation>图片和 PDF (*.png *.jpg *.jpeg *.pdf)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="372" />
      <source>In force</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="150" />
      <source>In force since</source>
      <translation>生效时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="42" />
      <source>In repair</source>
      <translation>维修中</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="59" />
      <source>In use (shown in pickers)</source>
      <translation>在用（在选择列表中显示）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="678" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="604" />
      <source>Inactive</source>
      <translation>已停用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="50" />
      <source>Info</source>
      <translation>信息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="70" />
      <source>Ink cartridge</source>
      <translation>墨盒</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="196" />
      <source>Inspected</source>
      <translation>已检验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="283" />
      <source>Inspected {time}</source>
      <translation>检验时间 {time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="55" />
      <source>Inspection</source>
      <translation>检验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="311" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1102" />
      <source>Inspection report {number}</source>
      <translation>检验报告 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="976" />
      <source>Inspection: {verdict}</source>
      <translation>检验：{verdict}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="525" />
      <source>Inspection: {verdict}. Possible now: {outcomes}. Price paid: {price}.</source>
      <translation>检验：{verdict}。当前可选：{outcomes}。实付金额：{price}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="282" />
      <source>Inspector</source>
      <translation>检验人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="183" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="281" />
      <source>Inspector signature</source>
      <translation>检验员签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="121" />
      <source>Interface language (after a restart)</source>
      <translation>界面语言（重启后生效）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="44" />
      <source>Is this the first computer of a new service outlet, or does it belong to an outlet that already works with the after-sales desktop?</source>
      <translation>这是新服务网点的第一台电脑，还是属于已在使用售后服务系统的网点？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="48" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="231" />
      <source>Issue</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="231" />
      <source>Issue requisition {number}</source>
      <translation>申领单 {number} 出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="148" />
      <source>Issue stock</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="284" />
      <source>Issued</source>
      <translation>开单时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="488" />
      <source>Issued to you, less returned, less used in the repairs you recorded.</source>
      <translation>已向您出库的数量，减去已退回的，再减去您所填维修记录中已用的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="160" />
      <source>Issued {quantity} × {part}</source>
      <translation>已出库 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="454" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="372" />
      <source>Issue…</source>
      <translation>出库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="518" />
      <source>Job</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="34" />
      <source>Job history</source>
      <translation>工单记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="285" />
      <source>Job number</source>
      <translation>工单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="74" />
      <source>Job number (optional)</source>
      <translation>工单号（可选）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="149" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="173" />
      <source>Job number:</source>
      <translation>工单号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="78" />
      <source>Job taken in</source>
      <translation>受理工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="197" />
      <source>Job {number}</source>
      <translation>工单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="137" />
      <source>Job {number} assigned to {name}</source>
      <translation>工单 {number} 已派给 {name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="194" />
      <source>Job {number} cancelled</source>
      <translation>工单 {number} 已取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="449" />
      <source>Job {number} closed</source>
      <translation>工单 {number} 已结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="470" />
      <source>Job {number} created</source>
      <translation>已创建工单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="166" />
      <source>Job {number} escalated</source>
      <translation>工单 {number} 已上报</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="179" />
      <source>Job {number} reopened</source>
      <translation>工单 {number} 已重新打开</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="83" />
      <location filename="aftersales_desktop/services/field.py" line="213" />
      <source>Jobs</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="388" />
      <source>Join a share…</source>
      <translation>加入共享…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="69" />
      <source>Join an outlet</source>
      <translation>加入网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="49" />
      <source>Join an outlet (a technician's laptop or another computer of the outlet)</source>
      <translation>加入已有网点（技术员笔记本或网点的其他电脑）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="661" />
      <source>Join request sent: read the key fingerprint on the Share tab to head office.</source>
      <translation>加入申请已发送：请将“共享”选项卡中的密钥指纹读给总部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="268" />
      <source>Join requests</source>
      <translation>加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="113" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="697" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="656" />
      <source>Join requests (*.join)</source>
      <translation>加入申请 (*.join)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="141" />
      <source>Keep between {min} and {max} automatic backups.</source>
      <translation>自动备份须保留 {min} 到 {max} 份。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="189" />
      <source>Keep job</source>
      <translation>保留工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="159" />
      <source>Keep value in force</source>
      <translation>保留现行值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="35" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="272" />
      <source>Key fingerprint</source>
      <translation>密钥指纹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="425" />
      <source>Key fingerprint:</source>
      <translation>密钥指纹：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="407" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="143" />
      <source>Known</source>
      <translation>已知购买日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="158" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="295" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="126" />
      <source>Labour</source>
      <translation>工时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="443" />
      <source>Labour cost</source>
      <translation>人工费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="510" />
      <source>Labour minutes cannot be negative.</source>
      <translation>工时（分钟）不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="400" />
      <source>Labour minutes from 0 to 1440.</source>
      <translation>工时须在 0 至 1440 分钟之间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="223" />
      <source>Labour rate</source>
      <translation>人工费率</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="152" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="34" />
      <source>Last seen</source>
      <translation>最近出现</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="64" />
      <source>Last successful sync: {time}</source>
      <translation>上次成功同步：{time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="174" />
      <source>Last synced {when}.</source>
      <translation>上次同步：{when}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="706" />
      <source>Late</source>
      <translation>逾期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="547" />
      <source>Latest evaluation:</source>
      <translation>最近评估：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="511" />
      <source>Latest score</source>
      <translation>最近得分</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="568" />
      <source>Lead time (days)</source>
      <translation>交货周期（天）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="121" />
      <source>Lead time (days):</source>
      <translation>交货周期（天）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="125" />
      <source>Leaking toner or ink</source>
      <translation>漏粉或漏墨</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="72" />
      <source>Leaks</source>
      <translation>泄漏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="52" />
      <source>Leave empty to keep the password</source>
      <translation>留空则保留原密码</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="522" />
      <source>Ledger of {part}</source>
      <translation>{part} 的备件库存台账</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="110" />
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="308" />
      <source>Line {line}, {column}: {message}</source>
      <translation>第 {line} 行，{column}：{message}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="477" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="564" />
      <source>Lines</source>
      <translation>明细行数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="267" />
      <source>Lines counted</source>
      <translation>已盘点行数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="159" />
      <source>Lines that moved during the count: {count} (highlighted). Each line's book is taken at the moment it was counted, including movements that arrived by sync; movements after the count stay on the ledger.</source>
      <translation>盘点期间有出入库的行：{count} 行（已突出显示）。每行的账面数量取其盘点时的数值，包括经同步到达的出入库；盘点之后的出入库仍保留在台账中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="198" />
      <source>Lines: units delivered, and how many of them were rejected at goods-in.</source>
      <translation>明细：到货数量，以及其中到货验收时拒收的数量。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="251" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="384" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="389" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="403" />
      <source>Location · batch</source>
      <translation>存放位置 · 批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="86" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="297" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="104" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="528" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="49" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="457" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="25" />
      <source>Log in — {outlet}</source>
      <translation>登录 — {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="242" />
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="174" />
      <source>Looking at the share…</source>
      <translation>正在查看共享文件夹…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="151" />
      <source>Lost change made</source>
      <translation>被覆盖更改的时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="151" />
      <source>Lost value</source>
      <translation>被覆盖的值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="221" />
      <source>Lost value restored: {record}.</source>
      <translation>已恢复被覆盖的值：{record}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="99" />
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="110" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="36" />
      <source>Minor</source>
      <translation>轻微</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="225" />
      <source>Minor: solved by remote support. Serious: a return or exchange.</source>
      <translation>轻微：通过远程技术支持解决。严重：退换货。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="152" />
      <location filename="aftersales_desktop/slips/render.py" line="415" />
      <location filename="aftersales_desktop/slips/render.py" line="412" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="63" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="511" />
      <source>More than 24 hours of labour in one record: split it over visits.</source>
      <translation>一条维修记录的工时超过 24 小时，请按上门次数分开记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="374" />
      <source>More than held: {parts} (from outlet stock or the customer).</source>
      <translation>超出持有数量：{parts}（来自网点库存或客户）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="513" />
      <source>More units rejected than delivered.</source>
      <translation>拒收数量多于到货数量。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="169" />
      <source>Moved after count</source>
      <translation>盘点后变动</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="198" />
      <source>Moved during the count: {start} at the start, {book} when counted</source>
      <translation>盘点期间有变动：开始时 {start}，盘点时 {book}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="402" />
      <source>Movement</source>
      <translation>出入库类型</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="85" />
      <location filename="aftersales_desktop/gui/main_window.py" line="86" />
      <source>My agenda</source>
      <translation>我的日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="499" />
      <source>My parts</source>
      <translation>我的备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="498" />
      <source>My requisitions</source>
      <translation>我的申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="152" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="111" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="77" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="64" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="78" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="75" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="477" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="519" />
      <source>Needed by</source>
      <translation>需用日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="148" />
      <source>Needs return or exchange</source>
      <translation>需退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="718" />
      <location filename="aftersales_desktop/services/requisitions.py" line="761" />
      <source>Negative stock allowed by the manager: {reason}</source>
      <translation>经理允许负库存：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="595" />
      <source>Negative stock allowed: {reason}</source>
      <translation>允许负库存：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="171" />
      <source>Never synced with the share.</source>
      <translation>从未与共享文件夹同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="117" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="227" />
      <location filename="aftersales_desktop/gui/main_window.py" line="394" />
      <source>New job</source>
      <translation>新建工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="60" />
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="212" />
      <source>New quality case</source>
      <translation>新建质量问题单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="791" />
      <source>New quality case…</source>
      <translation>新建质量问题单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="104" />
      <source>New requisition</source>
      <translation>新建申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="439" />
      <source>New requisition…</source>
      <translation>新建申领…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="312" />
      <source>New return request</source>
      <translation>新建退换货申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="896" />
      <source>New return request…</source>
      <translation>新建退换货申请…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="46" />
      <source>New service job</source>
      <translation>新建售后工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="75" />
      <source>New supplier</source>
      <translation>新建供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="493" />
      <source>New supplier…</source>
      <translation>新建供应商…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="39" />
      <source>New, awaiting assignment</source>
      <translation>新建，待派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="450" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="68" />
      <source>Next 7 days</source>
      <translation>未来 7 天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="63" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="145" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="95" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="158" />
      <source>No Chinese TrueType slip font was found.</source>
      <translation>未找到中文 TrueType 单据字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="576" />
      <source>No approval needed: it can be carried out at once.</source>
      <translation>无需审核：可立即执行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="158" />
      <source>No change has been refused.</source>
      <translation>没有被拒绝的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="154" />
      <source>No conflicts to review.</source>
      <translation>没有需要审核的冲突。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="204" />
      <source>No customer found: use the 'New customer' tab.</source>
      <translation>未找到客户：请使用“新客户”页。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="59" />
      <source>No defects recorded yet.</source>
      <translation>尚未登记不良品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="717" />
      <source>No deliveries from this supplier were received in {period}: there is nothing to evaluate.</source>
      <translation>{period} 期间没有收到该供应商的到货：无可评估内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="553" />
      <source>No inspection of {number} is on record here (it may not have synced yet).</source>
      <translation>本机没有 {number} 的检验记录（可能尚未同步）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="61" />
      <source>No job has the number {number}.</source>
      <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="189" />
      <source>No job has this number.</source>
      <translation>没有此编号的工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="270" />
      <source>No logo</source>
      <translation>无标志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="200" />
      <source>No other outlet is known yet: outlets appear after a sync.</source>
      <translation>尚无其他网点：同步后才会出现其他网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="288" />
      <source>No outlet has the code {outlet}: check the code the computer asked for.</source>
      <translation>没有代码为 {outlet} 的网点：请核对这台电脑申请加入的网点代码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="72" />
      <source>No outlet yet</source>
      <translation>尚无网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="120" />
      <source>No parts</source>
      <translation>无更换部件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="171" />
      <source>No parts held.</source>
      <translation>未持有备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="393" />
      <source>No parts replaced.</source>
      <translation>未更换部件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="137" />
      <source>No printer is installed on this laptop: save the sheet as a PDF.</source>
      <translation>本机未安装打印机：请将工作单另存为 PDF。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="166" />
      <source>No products match.</source>
      <translation>没有匹配的产品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="136" />
      <source>No proof of purchase: enter the receipt or invoice number.</source>
      <translation>无购买凭证：请输入收据或发票号码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="802" />
      <source>No quality cases yet.</source>
      <translation>还没有质量问题单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="166" />
      <source>No quality problem</source>
      <translation>非质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="730" />
      <location filename="aftersales_desktop/services/quality.py" line="819" />
      <source>No replacement in good stock: {on_hand} of {part} on hand outside quarantine, {quantity} needed.</source>
      <translation>合格库存不足以换货：隔离区以外 {part} 现有 {on_hand}，需要 {quantity}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="482" />
      <source>No requisitions yet.</source>
      <translation>还没有申领。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="912" />
      <source>No return or exchange cases yet.</source>
      <translation>还没有退换货单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="310" />
      <source>No secure key store is available on this computer (no system keyring). Set the environment variable {variable} to a folder only this user can read; the site key will then be kept there as a file.</source>
      <translation>本机没有可用的安全密钥存储（没有系统密钥环）。请将环境变量 {variable} 设为一个只有当前用户可以读取的文件夹，站点密钥将以文件形式保存在其中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="412" />
      <source>No signature</source>
      <translation>未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="279" />
      <source>No single join request matches {site}.</source>
      <translation>没有唯一与 {site} 相符的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="323" />
      <location filename="aftersales_desktop/sync/membership.py" line="660" />
      <source>No single site of the roster matches {site}.</source>
      <translation>名册中没有唯一与 {site} 相符的站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="513" />
      <source>No slip numbered {number}.</source>
      <translation>没有编号为 {number} 的维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="652" />
      <source>No slip {number} is on record here (it may not have synced yet).</source>
      <translation>本机没有维修单 {number} 的记录（可能尚未同步）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="394" />
      <source>No stock on hand. Use “Receive…” to book parts in.</source>
      <translation>暂无库存。请用“入库…”登记备件入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="271" />
      <source>No stocktakes yet. Use “Start stocktake…” to count the shelves.</source>
      <translation>还没有盘点。请用“开始盘点…”清点货架。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="65" />
      <source>No successful sync yet.</source>
      <translation>尚未成功同步过。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="484" />
      <source>No such attachment.</source>
      <translation>没有该附件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="155" />
      <source>No such conflict.</source>
      <translation>没有这个冲突。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="83" />
      <location filename="aftersales_desktop/services/customers.py" line="98" />
      <source>No such customer.</source>
      <translation>客户不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="519" />
      <source>No such inspection is on record here (it may not have synced yet).</source>
      <translation>本机没有该检验记录（可能尚未同步）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="430" />
      <source>No such inspection.</source>
      <translation>没有该检验记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="259" />
      <source>No such outlet.</source>
      <translation>没有该网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="147" />
      <location filename="aftersales_desktop/services/stock.py" line="126" />
      <source>No such part in the catalog.</source>
      <translation>目录中没有该备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="389" />
      <source>No such quality case.</source>
      <translation>没有该质量问题单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="57" />
      <source>No such record.</source>
      <translation>没有这条记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="255" />
      <source>No such repair record.</source>
      <translation>没有这条维修记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="238" />
      <source>No such requisition.</source>
      <translation>没有该申领单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="397" />
      <source>No such return case.</source>
      <translation>没有该退换货单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="297" />
      <location filename="aftersales_desktop/services/quality.py" line="465" />
      <location filename="aftersales_desktop/services/requisitions.py" line="330" />
      <source>No such service job.</source>
      <translation>售后工单不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="452" />
      <source>No such slip.</source>
      <translation>没有这张维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="101" />
      <source>No such staff account.</source>
      <translation>员工账号不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="213" />
      <source>No such staff member.</source>
      <translation>没有该员工。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="187" />
      <source>No such stocktake at this outlet.</source>
      <translation>本网点没有该盘点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="359" />
      <source>No such stocktake line.</source>
      <translation>没有该盘点行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="313" />
      <source>No such supplier.</source>
      <translation>没有该供应商。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="276" />
      <source>No such transfer to this outlet.</source>
      <translation>没有调拨到本网点的该调拨单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="520" />
      <source>No suppliers yet. Use “New supplier…” to add one.</source>
      <translation>还没有供应商。请用“新建供应商…”添加。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="163" />
      <source>No usable Chinese TrueType font was found, not even the one that comes with the application (resources/fonts). Looked in: {places}. Reinstall the application, install WenQuanYi Micro Hei or Droid Sans Fallback, or choose a font file in Settings.</source>
      <translation>找不到可用的中文 TrueType 字体，连程序自带的字体（resources/fonts）也没有。已查找：{places}。请重新安装本程序、安装文泉驿微米黑或 Droid Sans Fallback，或在设置中选择字体文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="267" />
      <source>No visit (bench or remote repair)</source>
      <translation>不上门（送修或远程维修）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="83" />
      <location filename="aftersales_desktop/gui/agenda_view.py" line="141" />
      <source>No visits in this period.</source>
      <translation>此期间没有上门安排。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="125" />
      <source>No visits on this day.</source>
      <translation>当天没有上门安排。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="727" />
      <source>No.</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1019" />
      <location filename="aftersales_desktop/services/quality.py" line="52" />
      <source>Nobody approves a decision they took themselves.</source>
      <translation>不能审核自己作出的决定。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="635" />
      <source>Nobody approves their own request.</source>
      <translation>不能审核自己的申领。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="152" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="171" />
      <source>Nobody in particular</source>
      <translation>不指定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="91" />
      <source>None</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="98" />
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="212" />
      <source>Not approved yet (last looked at {time}).</source>
      <translation>尚未批准（最近查看于 {time}）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="287" />
      <source>Not assigned yet</source>
      <translation>尚未派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="86" />
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="605" />
      <source>Not evaluated</source>
      <translation>未评估</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="681" />
      <source>Not evaluated yet</source>
      <translation>尚未评估</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="147" />
      <source>Not fixed (another visit needed)</source>
      <translation>未修复（需再次上门维修）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="61" />
      <source>Not joined to a share</source>
      <translation>未加入共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="298" />
      <source>Not on hand: issued only with the manager's allowance of negative stock.</source>
      <translation>无现货：仅在经理允许负库存时才能出库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="758" />
      <source>Not on hand: {part}, {missing} missing.</source>
      <translation>库存不足：{part}，缺 {missing}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="168" />
      <source>Not set up: use the Sync page to set up or join a share.</source>
      <translation>未设置：请在“同步”页面建立或加入共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="540" />
      <source>Not signed</source>
      <translation>未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="76" />
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="170" />
      <source>Not yet (assign later)</source>
      <translation>暂不派工（稍后分配）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="86" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="132" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="270" />
      <source>Note (optional)</source>
      <translation>备注（可选）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="209" />
      <source>Note added to job {number}</source>
      <translation>已为工单 {number} 添加备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="158" />
      <source>Note on the decision (optional)</source>
      <translation>决定说明（可选）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="142" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="555" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="615" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="601" />
      <location filename="aftersales_desktop/services/requisitions.py" line="716" />
      <source>Note: {note}</source>
      <translation>备注：{note}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="131" />
      <source>Nothing is adjusted; the counts stay on record.</source>
      <translation>不作任何库存调整；盘点记录予以保留。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="233" />
      <source>Nothing is in transit to this outlet.</source>
      <translation>没有调往本网点的在途备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="437" />
      <source>Nothing was changed: a correction must change something on the slip.</source>
      <translation>没有任何改动：更正必须修改维修单上的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="315" />
      <source>Nothing went out and nothing came in.</source>
      <translation>没有发出，也没有收到任何更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="131" />
      <source>Now assigned to</source>
      <translation>当前负责人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_model.py" line="48" />
      <source>Number</source>
      <translation>工单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="36" />
      <source>Numbers</source>
      <translation>单据编号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="84" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="69" />
      <source>Offline: share not reachable</source>
      <translation>离线：无法访问共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="518" />
      <source>On hand</source>
      <translation>现有库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="187" />
      <source>On hand at the outlet: {quantity}</source>
      <translation>网点现有库存：{quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="274" />
      <source>On the ledger:</source>
      <translation>台账数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <source>On time</source>
      <translation>准时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="584" />
      <source>On time / deliveries</source>
      <translation>准时 / 到货批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="386" />
      <source>On time: received by the promised date (no date promised counts as on time). Quality: 100 minus 10 points per percent of units found defective. Price: 100 up to the average paid to all suppliers for the same parts, 2.5 points less per percent above it.</source>
      <translation>准时：在承诺日期前到货（未承诺日期的视为准时）。质量：100 分，不良品率每 1% 扣 10 分。价格：不高于所有供应商同一备件的平均采购价时为 100 分，每高出 1% 扣 2.5 分。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="101" />
      <source>On-hand by location and batch, the spare-part ledger, and stock alerts.</source>
      <translation>按存放位置和批次的现有库存、备件库存台账及库存预警。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="87" />
      <source>On-site visits with their time, address, tools and parts to bring.</source>
      <translation>上门维修的时间、地址以及需携带的工具和备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="377" />
      <source>On-time score (40 %):</source>
      <translation>准时得分（40%）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="48" />
      <source>Online service</source>
      <translation>在线客服</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="431" />
      <location filename="aftersales_desktop/services/quality.py" line="432" />
      <source>Only a decision waiting for approval can be approved or sent back.</source>
      <translation>只有待审核的决定才能审核通过或退回。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="477" />
      <source>Only a manager can cancel a stocktake waiting for approval.</source>
      <translation>只有售后管理人员可以取消待审核的盘点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="388" />
      <source>Only a manager or customer service may assign a job.</source>
      <translation>只有售后管理人员或客服人员可以派工。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="246" />
      <source>Only a refund pays money back; choose the outcome Refund.</source>
      <translation>只有退款才退还款项；请选择处理方式“退款”。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="577" />
      <source>Only a repaired job (or one awaiting return) can be closed.</source>
      <translation>只有已维修（或待退换货）的工单才能结案。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="591" />
      <source>Only a repaired job awaiting follow-up can be reopened.</source>
      <translation>只有已维修、待回访的工单才能重新打开。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="428" />
      <location filename="aftersales_desktop/services/quality.py" line="429" />
      <source>Only a requested return can be accepted or declined.</source>
      <translation>只有已受理的退换货申请才能接受或拒绝。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="808" />
      <source>Only an exchange hands over a replacement.</source>
      <translation>只有换货才需交付换货品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="430" />
      <source>Only an inspected return can be decided: the product must be received and inspected first.</source>
      <translation>只有已检验的退换货才能作出决定：必须先收货并检验产品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="423" />
      <source>Only an open or remotely solved quality case can be escalated to a return.</source>
      <translation>只有处理中或远程已解决的质量问题单才能转为退换货。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="363" />
      <source>Only an outlet manager can change how this installation syncs.</source>
      <translation>只有售后管理人员可以更改本机的同步方式。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="168" />
      <source>Only an outlet manager can decide conflicts.</source>
      <translation>只有售后管理人员可以处理冲突。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="541" />
      <source>Only for a confirmed quality problem</source>
      <translation>仅限已确认的质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="721" />
      <source>Only head office can change the roster of this share.</source>
      <translation>只有总部可以更改此共享文件夹的站点名册。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/storage/authority.py" line="291" />
      <source>Only head office can change this record.</source>
      <translation>只有总部可以修改这条记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/storage/authority.py" line="284" />
      <source>Only head office or an administration computer of this outlet can change staff accounts and the outlet's details.</source>
      <translation>只有总部或本网点的管理电脑可以修改员工账户和网点信息。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="240" />
      <source>Only head office's installation can approve or revoke sites.</source>
      <translation>只有总部的安装才能批准或撤销站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/pruning.py" line="263" />
      <location filename="aftersales_desktop/sync/pruning.py" line="442" />
      <source>Only head office's installation prunes the share.</source>
      <translation>只有总部的安装才能清理共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="193" />
      <source>Only if stock may go below zero</source>
      <translation>仅在库存可能低于零时填写</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="473" />
      <source>Only the requester confirms receipt.</source>
      <translation>只有申领人可以确认签收。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="391" />
      <source>Only the requester or a manager may cancel a requisition.</source>
      <translation>只有申领人或售后管理人员可以取消申领。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="385" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="505" />
      <source>Only when accepting against the policy</source>
      <translation>仅在破例接受时填写</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="162" />
      <source>Only {on_hand} on hand at location '{location}', batch '{batch}'.</source>
      <translation>存放位置“{location}”、批次“{batch}”的库存仅有 {on_hand}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="118" />
      <source>Open</source>
      <translation>处理中</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="696" />
      <source>Open a join request</source>
      <translation>打开加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="252" />
      <source>Open a quality case for this job's customer and product</source>
      <translation>为该工单的客户和产品创建质量问题单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="212" />
      <source>Open case</source>
      <translation>建单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="399" />
      <source>Open the selected row; in a form, confirm</source>
      <translation>打开所选行；在表单中为确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="788" />
      <source>Opened at</source>
      <translation>建单时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="832" />
      <source>Opened by {name} on {time}</source>
      <translation>{name} 于 {time} 建单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="150" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="174" />
      <source>Optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="73" />
      <location filename="aftersales_desktop/domain/enums.py" line="129" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="243" />
      <source>Other changes</source>
      <translation>其他更改</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="158" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="302" />
      <location filename="aftersales_desktop/slips/render.py" line="383" />
      <source>Outcome</source>
      <translation>维修结果</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="536" />
      <source>Outcome:</source>
      <translation>处理方式：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="54" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="381" />
      <source>Outlet</source>
      <translation>网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="34" />
      <source>Outlet / device</source>
      <translation>网点 / 设备</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="43" />
      <source>Outlet administration</source>
      <translation>网点管理设备</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="91" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="349" />
      <source>Outlet code:</source>
      <translation>网点代码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="43" />
      <source>Outlet computer</source>
      <translation>网点电脑</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="25" />
      <source>Outlet manager</source>
      <translation>售后管理人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="350" />
      <source>Outlet name:</source>
      <translation>网点名称：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="32" />
      <source>Outlet setting</source>
      <translation>网点设置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="98" />
      <source>Outside the return conditions</source>
      <translation>不符合退换货条件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="157" />
      <source>Overdue only</source>
      <translation>仅显示超时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="50" />
      <source>Overdue {span}</source>
      <translation>已超时 {span}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="293" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="365" />
      <location filename="aftersales_desktop/services/inspections.py" line="69" />
      <source>Packaging intact</source>
      <translation>包装完好</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/documents.py" line="221" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="296" />
      <location filename="aftersales_desktop/slips/render.py" line="559" />
      <source>Page {page} / {pages}</source>
      <translation>第 {page} / {pages} 页</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="151" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="126" />
      <source>Paper jam or noise</source>
      <translation>卡纸或异响</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="192" />
      <source>Paper:</source>
      <translation>纸张：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="118" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="352" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="317" />
      <source>Part</source>
      <translation>备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="115" />
      <source>Part supplied by {supplier}</source>
      <translation>{supplier} 供应的备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="80" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="295" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="102" />
      <source>Part:</source>
      <translation>备件：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="60" />
      <source>Partly approved</source>
      <translation>部分批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="253" />
      <location filename="aftersales_desktop/slips/render.py" line="442" />
      <source>Parts</source>
      <translation>备件费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="217" />
      <source>Parts I hold</source>
      <translation>我持有的备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="176" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="170" />
      <source>Parts held</source>
      <translation>持有备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="63" />
      <location filename="aftersales_desktop/domain/requisitions.py" line="93" />
      <source>Parts issued</source>
      <translation>已出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="107" />
      <source>Parts needed: part, quantity, for which job, needed by.</source>
      <translation>所需备件：备件、数量、所属工单、需用日期。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="289" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="125" />
      <location filename="aftersales_desktop/slips/render.py" line="391" />
      <source>Parts replaced</source>
      <translation>更换部件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="478" />
      <source>Parts requested</source>
      <translation>申领备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="572" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="511" />
      <source>Parts supplied</source>
      <translation>供应备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="79" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="239" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="152" />
      <source>Parts to bring</source>
      <translation>需带备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="585" />
      <source>Pass mark</source>
      <translation>合格线</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="449" />
      <source>Pass mark (0-100):</source>
      <translation>合格线（0-100）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="499" />
      <source>Pass mark…</source>
      <translation>合格线…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="374" />
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="120" />
      <source>Passed to a return or exchange</source>
      <translation>转退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="734" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="605" />
      <source>Passes</source>
      <translation>合格</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="431" />
      <source>Passes (pass mark {threshold})</source>
      <translation>合格（合格线 {threshold}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="399" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="62" />
      <source>Password again:</source>
      <translation>确认密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="43" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="398" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="60" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <source>Period</source>
      <translation>期间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="374" />
      <source>Period (month or quarter):</source>
      <translation>期间（月或季度）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="64" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="112" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="204" />
      <source>Phone call, agreement with the customer, anything worth keeping</source>
      <translation>电话沟通、与客户的约定等值得记录的内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="235" />
      <source>Phone {phone}</source>
      <translation>电话 {phone}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="352" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="57" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="81" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="268" />
      <source>Photos</source>
      <translation>照片</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="159" />
      <source>Photos (optional, at most {count})</source>
      <translation>照片（可选，最多 {count} 张）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="128" />
      <location filename="aftersales_desktop/services/inspections.py" line="74" />
      <source>Physical damage</source>
      <translation>外观损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="687" />
      <location filename="aftersales_desktop/services/requisitions.py" line="768" />
      <source>Pick list</source>
      <translation>拣货单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="423" />
      <source>Pick {approved} of {part} in all; the picks add up to {picked}.</source>
      <translation>{part} 共应拣货 {approved}，当前拣货合计为 {picked}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="337" />
      <source>Pick {row}: {message}</source>
      <translation>拣货第 {row} 行：{message}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="774" />
      <source>Picked by</source>
      <translation>拣货人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="220" />
      <source>Pictures (*.jpg *.jpeg *.png *.bmp)</source>
      <translation>图片 (*.jpg *.jpeg *.png *.bmp)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="165" />
      <source>Planned</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="46" />
      <source>Please log in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="350" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="296" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="223" />
      <source>Post-repair test</source>
      <translation>维修后测试</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="96" />
      <location filename="aftersales_desktop/gui/main_window.py" line="96" />
      <source>Prepare for the field</source>
      <translation>外出准备</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="85" />
      <source>Preparing the demo outlet: {percent}%</source>
      <translation>正在准备演示网点：{percent}%</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="66" />
      <source>Preparing the demo outlet…</source>
      <translation>正在准备演示网点…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="171" />
      <source>Preview slip…</source>
      <translation>预览维修单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <source>Price</source>
      <translation>价格</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="584" />
      <source>Price index</source>
      <translation>价格指数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="377" />
      <source>Price index (100 = average paid):</source>
      <translation>价格指数（100 = 平均采购价）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="360" />
      <source>Price paid (yuan):</source>
      <translation>实付金额（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="378" />
      <source>Price score (20 %):</source>
      <translation>价格得分（20%）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="411" />
      <source>Prices cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="402" />
      <source>Print / save as PDF in a slip or document window</source>
      <translation>在单据或文档窗口中打印 / 另存为 PDF</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="292" />
      <source>Print count sheet…</source>
      <translation>打印盘点表…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="909" />
      <source>Print inspection report…</source>
      <translation>打印检验报告…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="459" />
      <source>Print pick list…</source>
      <translation>打印拣货单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="38" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="160" />
      <source>Print preview…</source>
      <translation>打印预览…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="123" />
      <source>Print quality (streaks, fading, smudges)</source>
      <translation>打印质量问题（条纹、颜色浅、污渍）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="458" />
      <source>Print requisition…</source>
      <translation>打印申领单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="270" />
      <source>Print slip</source>
      <translation>打印维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="35" />
      <source>Print slip…</source>
      <translation>打印维修单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="33" />
      <source>Print the document, or save it as a PDF file.</source>
      <translation>打印文档，或另存为 PDF 文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="198" />
      <source>Print visit sheet…</source>
      <translation>打印外出工作单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="137" />
      <source>Printed</source>
      <translation>打印时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="43" />
      <source>Printed name</source>
      <translation>正楷姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="186" />
      <source>Printed name:</source>
      <translation>正楷姓名：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="201" />
      <source>Printed or saved {n} times.</source>
      <translation>已打印或保存 {n} 次。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="731" />
      <location filename="aftersales_desktop/services/requisitions.py" line="775" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="569" />
      <source>Printed {time}</source>
      <translation>打印于 {time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="141" />
      <source>Printer for {paper}</source>
      <translation>{paper}打印机</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="141" />
      <source>Printer {name} is ready.</source>
      <translation>打印机 {name} 已就绪。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="237" />
      <location filename="aftersales_desktop/gui/slip_printing.py" line="267" />
      <location filename="aftersales_desktop/gui/slip_printing.py" line="280" />
      <source>Printing failed</source>
      <translation>打印失败</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <source>Prints</source>
      <translation>打印次数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="38" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="159" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="164" />
      <location filename="aftersales_desktop/gui/job_model.py" line="50" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="271" />
      <source>Priority: {priority}</source>
      <translation>优先级：{priority}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="428" />
      <source>Private key kept in:</source>
      <translation>私钥保存位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="835" />
      <source>Problem: {description}</source>
      <translation>问题：{description}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="531" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="563" />
      <source>Problems</source>
      <translation>问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="563" />
      <source>Problems ({n})</source>
      <translation>问题 ({n})</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="67" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="136" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="89" />
      <source>Product catalog</source>
      <translation>产品目录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="350" />
      <source>Product name</source>
      <translation>产品名称</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="219" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="322" />
      <source>Product:</source>
      <translation>产品：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="830" />
      <source>Product: {product}, batch {batch}</source>
      <translation>产品：{product}，批次 {batch}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <source>Promised</source>
      <translation>承诺日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="177" />
      <source>Promised date:</source>
      <translation>承诺到货日期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="171" />
      <source>Promised for</source>
      <translation>承诺于</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="175" />
      <source>Proof of purchase</source>
      <translation>购买凭证</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="135" />
      <source>Proof of purchase: {proof}.</source>
      <translation>购买凭证：{proof}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="378" />
      <location filename="aftersales_desktop/sync/pruning.py" line="451" />
      <source>Pruned {count} bundles from the share that every site holds and a snapshot covers.</source>
      <translation>已从共享文件夹清理 {count} 个同步包：所有站点均已接收，且已有快照涵盖。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="440" />
      <source>Publish snapshot</source>
      <translation>发布快照</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="685" />
      <location filename="aftersales_desktop/sync/membership.py" line="462" />
      <source>Published the snapshot {name}.</source>
      <translation>已发布快照 {name}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="357" />
      <source>Purchase and proof:</source>
      <translation>购买与凭证：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="150" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="174" />
      <source>Purchase date</source>
      <translation>购买日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="228" />
      <source>Put at location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="888" />
      <location filename="aftersales_desktop/slips/render.py" line="416" />
      <location filename="aftersales_desktop/slips/render.py" line="406" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="517" />
      <location filename="aftersales_desktop/services/requisitions.py" line="728" />
      <source>Qty approved</source>
      <translation>批准数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="489" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="518" />
      <source>Qty issued</source>
      <translation>出库数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="517" />
      <location filename="aftersales_desktop/services/requisitions.py" line="728" />
      <source>Qty requested</source>
      <translation>申领数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="489" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="518" />
      <source>Qty returned</source>
      <translation>退回数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="489" />
      <source>Qty used</source>
      <translation>已用数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <source>Quality</source>
      <translation>质量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="116" />
      <source>Quality and returns</source>
      <translation>质量与退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="824" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="36" />
      <source>Quality case</source>
      <translation>质量问题单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="239" />
      <source>Quality case {number} opened</source>
      <translation>质量问题单 {number} 已创建</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1125" />
      <source>Quality cases</source>
      <translation>质量问题单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="117" />
      <source>Quality cases, remote support, return and exchange requests, inspection and decisions.</source>
      <translation>质量问题单、远程技术支持、退换货申请、退货检验及处理决定。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="250" />
      <source>Quality case…</source>
      <translation>质量问题单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="70" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="165" />
      <source>Quality problem</source>
      <translation>质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="339" />
      <source>Quality problem (the product is faulty)</source>
      <translation>质量问题（产品有故障）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="636" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="100" />
      <source>Quality problem claims within:</source>
      <translation>质量问题受理期限：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="116" />
      <source>Quality problems, returns and exchanges</source>
      <translation>质量问题与退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="378" />
      <source>Quality score (40 %):</source>
      <translation>质量得分（40%）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="517" />
      <source>Quantities are whole numbers from 1.</source>
      <translation>数量须为不小于 1 的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="410" />
      <source>Quantities cannot be negative.</source>
      <translation>数量不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="68" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="317" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="251" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="333" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="85" />
      <source>Quantity:</source>
      <translation>数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="639" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="103" />
      <source>Quarantine location:</source>
      <translation>隔离区位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="404" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="570" />
      <source>Rate the customer's satisfaction from 1 to 5.</source>
      <translation>请按 1 到 5 评定客户满意度。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="719" />
      <source>Re-key this computer</source>
      <translation>为本机重新生成密钥</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="243" />
      <source>Re-key this computer…</source>
      <translation>为本机重新生成密钥…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="726" />
      <source>Re-keyed: read the new key fingerprint on the Share tab to head office.</source>
      <translation>已重新生成密钥：请把“共享”页上的新密钥指纹读给总部核对。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="665" />
      <source>Reactivate</source>
      <translation>重新启用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="68" />
      <source>Read the slip to the customer. The printed name above stands as their signature, and the slip says it was typed.</source>
      <translation>请向客户宣读维修单。上方输入的姓名即作为客户签名，维修单上会注明为输入签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="422" />
      <source>Read this out to head office on the phone: they compare it before approving this installation.</source>
      <translation>请通过电话将它读给总部：总部在批准本机之前会进行核对。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="284" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="585" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="476" />
      <source>Reading the share…</source>
      <translation>正在读取共享文件夹…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="223" />
      <source>Ready to leave?</source>
      <translation>出发前检查</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="69" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="160" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="173" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="214" />
      <source>Reason for the correction</source>
      <translation>更正原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="342" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1044" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="216" />
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="957" />
      <source>Reason: {reason}</source>
      <translation>原因：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="47" />
      <source>Receipt</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="95" />
      <source>Receipt confirmed</source>
      <translation>已确认签收</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="350" />
      <source>Receipt or invoice number</source>
      <translation>收据或发票号码</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="159" />
      <source>Receive</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="89" />
      <source>Receive and inspect — {number}</source>
      <translation>收货检验 — {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="903" />
      <source>Receive and inspect…</source>
      <translation>收货检验…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="158" />
      <source>Receive delivery from {supplier}</source>
      <translation>{supplier} 到货入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="496" />
      <source>Receive delivery…</source>
      <translation>到货入库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="108" />
      <source>Receive stock</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="216" />
      <source>Receive transfer</source>
      <translation>调拨入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="375" />
      <source>Receive transfer…</source>
      <translation>调拨入库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="65" />
      <source>Received</source>
      <translation>已签收</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="228" />
      <source>Received and inspected</source>
      <translation>已收货并检验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="85" />
      <source>Received at</source>
      <translation>接收时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="576" />
      <source>Received by</source>
      <translation>收货人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="575" />
      <source>Received on</source>
      <translation>到货日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="167" />
      <source>Received on:</source>
      <translation>到货日期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="977" />
      <source>Received {date}, inspected by {name}</source>
      <translation>{date} 收货，检验员 {name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="138" />
      <source>Received {quantity} × {part}</source>
      <translation>已入库 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="371" />
      <source>Receive…</source>
      <translation>入库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="312" />
      <source>Receiving stopped: {error}</source>
      <translation>接收中断：{error}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="235" />
      <source>Receiving the outlet's data</source>
      <translation>正在接收网点数据</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="271" />
      <source>Receiving…</source>
      <translation>正在接收…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="86" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="326" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="150" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="229" />
      <source>Record a new customer request (Ctrl+N)</source>
      <translation>登记新的客户请求（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="798" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="908" />
      <source>Record contact…</source>
      <translation>记录客户联系…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="325" />
      <source>Record defect of {supplier}</source>
      <translation>登记 {supplier} 的不良品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="497" />
      <source>Record defect…</source>
      <translation>登记不良品…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="264" />
      <source>Record repair</source>
      <translation>填写维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="35" />
      <source>Record repair…</source>
      <translation>填写维修记录…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="313" />
      <source>Record request</source>
      <translation>登记申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="158" />
      <source>Recorded</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="579" />
      <source>Reference</source>
      <translation>单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="403" />
      <source>Reference / note</source>
      <translation>单号 / 备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="338" />
      <source>Reference:</source>
      <translation>单号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="72" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="84" />
      <source>Refund</source>
      <translation>退款</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="539" />
      <source>Refund (yuan):</source>
      <translation>退款金额（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="601" />
      <source>Refund {amount} to the customer.</source>
      <translation>向客户退款 {amount}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="264" />
      <source>Refuse this site's changes from now on (a lost or stolen laptop).</source>
      <translation>从现在起拒绝该站点的更改（笔记本电脑丢失或被盗时）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="125" />
      <source>Refused changes</source>
      <translation>被拒绝的更改</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="156" />
      <source>Refused changes: {count} · from sites: {sites}. Those sites may not write these records; nothing of them was applied.</source>
      <translation>被拒绝的更改：{count} 项 · 来自 {sites} 个站点。这些站点无权写入这些记录，其内容均未应用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="808" />
      <source>Refused {count} changes of site {site} in bundle {seq}: that site may not write those records (see Problems).</source>
      <translation>已拒绝站点 {site} 同步包 {seq} 中的 {count} 项更改：该站点无权写入这些记录（见“问题”）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="213" />
      <source>Reject</source>
      <translation>驳回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="211" />
      <source>Reject requisition {number}</source>
      <translation>驳回申领单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="86" />
      <source>Reject the claim</source>
      <translation>驳回申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="61" />
      <location filename="aftersales_desktop/domain/requisitions.py" line="91" />
      <source>Rejected</source>
      <translation>已驳回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/suppliers.py" line="60" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="185" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="576" />
      <source>Rejected at goods-in</source>
      <translation>到货验收拒收</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="452" />
      <source>Reject…</source>
      <translation>驳回…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="246" />
      <source>Remote support for {number}</source>
      <translation>远程技术支持 — {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="142" />
      <source>Remote support given</source>
      <translation>已提供远程技术支持</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="421" />
      <location filename="aftersales_desktop/services/quality.py" line="422" />
      <source>Remote support is recorded only on an open quality case.</source>
      <translation>只能为处理中的质量问题单记录远程技术支持。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="796" />
      <source>Remote support…</source>
      <translation>远程技术支持…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="173" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="79" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="237" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="196" />
      <source>Remove line</source>
      <translation>移除行</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="327" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="561" />
      <source>Remove part</source>
      <translation>移除备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="263" />
      <source>Remove pick</source>
      <translation>移除拣货行</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="114" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="220" />
      <source>Rendering…</source>
      <translation>正在生成…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="173" />
      <source>Reopen job</source>
      <translation>重新打开工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="84" />
      <source>Reopened</source>
      <translation>已重新打开</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="36" />
      <source>Reopen…</source>
      <translation>重新打开…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="85" />
      <source>Repair</source>
      <translation>维修</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="381" />
      <source>Repair process</source>
      <translation>维修过程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="82" />
      <source>Repair recorded</source>
      <translation>已填写维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="425" />
      <source>Repair recorded for job {number}: {outcome}</source>
      <translation>工单 {number} 已填写维修记录：{outcome}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="216" />
      <source>Repair records</source>
      <translation>维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="251" />
      <location filename="aftersales_desktop/slips/render.py" line="627" />
      <location filename="aftersales_desktop/slips/render.py" line="254" />
      <source>Repair slip</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="112" />
      <source>Repair slip {number}</source>
      <translation>维修单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="56" />
      <source>Repair slips</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="128" />
      <source>Repair slips print on</source>
      <translation>维修单纸张</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="385" />
      <source>Repaired at</source>
      <translation>维修时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="44" />
      <source>Repaired, awaiting follow-up</source>
      <translation>已维修，待回访</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="165" />
      <source>Repairs</source>
      <translation>维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="367" />
      <source>Repairs ({n})</source>
      <translation>维修记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="38" />
      <source>Replied in time</source>
      <translation>已按时回复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="38" />
      <source>Replied late</source>
      <translation>回复超时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_model.py" line="56" />
      <source>Reply due</source>
      <translation>预计回复时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="236" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="306" />
      <location filename="aftersales_desktop/gui/job_model.py" line="209" />
      <source>Reply promised by {time}</source>
      <translation>预计回复时间：{time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="377" />
      <source>Reported fault</source>
      <translation>报修故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="122" />
      <source>Request</source>
      <translation>报修内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="105" />
      <source>Request parts, approve, issue, ship and confirm receipt; unused parts come back.</source>
      <translation>申领备件、审核、出库、发运和确认签收；未用备件退回。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="193" />
      <source>Request received</source>
      <translation>已受理申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="88" />
      <source>Request submitted</source>
      <translation>已提交申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="272" />
      <source>Requested</source>
      <translation>申请时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="478" />
      <source>Requested at</source>
      <translation>申领时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="964" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="591" />
      <source>Requested by {name} on {time}</source>
      <translation>{name} 于 {time} 申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="477" />
      <location filename="aftersales_desktop/services/requisitions.py" line="730" />
      <location filename="aftersales_desktop/services/requisitions.py" line="725" />
      <source>Requester</source>
      <translation>申领人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="554" />
      <source>Required to reject: why</source>
      <translation>驳回时必填：原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="46" />
      <location filename="aftersales_desktop/services/conflicts.py" line="101" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="35" />
      <source>Requisition</source>
      <translation>备件申领单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="477" />
      <source>Requisition no.</source>
      <translation>申领单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="162" />
      <source>Requisition {number} submitted for approval</source>
      <translation>申领单 {number} 已提交审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="104" />
      <location filename="aftersales_desktop/services/field.py" line="218" />
      <source>Requisitions</source>
      <translation>申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="137" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="155" />
      <location filename="aftersales_desktop/gui/backup_actions.py" line="180" />
      <source>Restore from backup</source>
      <translation>从备份恢复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="160" />
      <source>Restore lost value</source>
      <translation>恢复被覆盖的值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="238" />
      <source>Restored from an old backup</source>
      <translation>已从旧备份恢复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="359" />
      <source>Restoring replaces the outlet database: it needs a confirmation.</source>
      <translation>恢复将替换网点数据库：需要确认。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="157" />
      <source>Result</source>
      <translation>结果</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="251" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="378" />
      <source>Result:</source>
      <translation>结果：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="90" />
      <source>Result: {result}</source>
      <translation>结果：{result}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="47" />
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="55" />
      <source>Return</source>
      <translation>退货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="226" />
      <source>Return accepted</source>
      <translation>已接受退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="502" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="638" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="102" />
      <source>Return address:</source>
      <translation>退货地址：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="966" />
      <source>Return address: {address}</source>
      <translation>退货地址：{address}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="47" />
      <location filename="aftersales_desktop/services/conflicts.py" line="102" />
      <source>Return case</source>
      <translation>退换货单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="92" />
      <source>Return case {number}</source>
      <translation>退换货单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="349" />
      <source>Return case {number} has been inspected already.</source>
      <translation>退换货单 {number} 已检验过。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="352" />
      <source>Return case {number} is not accepted: only an accepted return is received and inspected.</source>
      <translation>退换货单 {number} 尚未接受：只有已接受的退换货才能收货检验。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="485" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="837" />
      <source>Return case {number}: {status}</source>
      <translation>退换货单 {number}：{status}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="372" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="632" />
      <source>Return conditions</source>
      <translation>退换货条件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="87" />
      <source>Return conditions (退换货条件): a product without a quality problem comes back only within the window, unused and with its packaging intact, and the customer pays the freight; for quality problems the company pays.</source>
      <translation>退换货条件：无质量问题的产品仅在期限内、未使用且包装完好时方可退回，物流费用由客户承担；质量问题的物流费用由公司承担。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="645" />
      <source>Return conditions saved.</source>
      <translation>退换货条件已保存。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="498" />
      <source>Return conditions:</source>
      <translation>退换货条件：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="465" />
      <source>Return conditions: met</source>
      <translation>退换货条件：符合</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="466" />
      <source>Return conditions: not met</source>
      <translation>退换货条件：不符合</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="892" />
      <source>Return conditions…</source>
      <translation>退换货条件…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="103" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="155" />
      <location filename="aftersales_desktop/slips/inspection_report.py" line="295" />
      <source>Return inspection report</source>
      <translation>退货检验报告</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="49" />
      <source>Return of unused parts</source>
      <translation>未用备件退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="888" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="935" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="36" />
      <source>Return or exchange</source>
      <translation>退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="225" />
      <source>Return requested</source>
      <translation>已申请退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="169" />
      <source>Return unused parts</source>
      <translation>退回未用备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="373" />
      <source>Return unused parts of {number}</source>
      <translation>退回 {number} 的未用备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="457" />
      <source>Return unused…</source>
      <translation>退回未用备件…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="634" />
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="98" />
      <source>Return without a quality problem within:</source>
      <translation>无质量问题退货期限：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="287" />
      <source>Return {number} inspected: {verdict}</source>
      <translation>退换货单 {number} 已检验：{verdict}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="182" />
      <source>Returned {quantity} × {part} to stock</source>
      <translation>已退回入库 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="57" />
      <source>Returns</source>
      <translation>退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1126" />
      <source>Returns and exchanges</source>
      <translation>退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="373" />
      <source>Return…</source>
      <translation>退回…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="283" />
      <location filename="aftersales_desktop/slips/render.py" line="556" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="430" />
      <source>Revision {revision} has been corrected already: correct the latest revision.</source>
      <translation>修订版 {revision} 已被更正：请更正最新的修订版。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="309" />
      <source>Revision {revision} — replaces revision {previous} (hash {hash}…) — reason: {reason}</source>
      <translation>第 {revision} 版 — 取代第 {previous} 版（校验值 {hash}…）— 更正原因：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="708" />
      <source>Revoke a site</source>
      <translation>吊销站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="709" />
      <source>Revoke {site}? Its changes are refused from now on. Do this for a lost or stolen laptop; the site must join again as a new installation.</source>
      <translation>吊销 {site}？从现在起将拒绝它的更改。适用于笔记本电脑丢失或被盗的情况；该站点必须作为新安装重新加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="19" />
      <source>Revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="263" />
      <source>Revoke…</source>
      <translation>吊销…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="72" />
      <source>Ribbon</source>
      <translation>色带</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="36" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="119" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="56" />
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="127" />
      <source>Runs out early / low yield</source>
      <translation>提前用尽 / 打印量不足</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="252" />
      <source>S&amp;ync now</source>
      <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="293" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="35" />
      <source>Safety stock</source>
      <translation>安全库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="313" />
      <source>Safety stock of {part} set to {quantity}</source>
      <translation>{part} 的安全库存已设为 {quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="296" />
      <source>Safety stock:</source>
      <translation>安全库存：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="523" />
      <source>Safety stock: {safety} · Location: {location} · On hand: {quantity}</source>
      <translation>安全库存：{safety} · 存放位置：{location} · 现有：{quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="378" />
      <source>Safety stock…</source>
      <translation>安全库存…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="441" />
      <source>Satisfaction</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="75" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="246" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="266" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="39" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="161" />
      <source>Save as PDF…</source>
      <translation>另存为 PDF…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="85" />
      <source>Save as my signature for later slips</source>
      <translation>保存为我的签名，供以后的维修单使用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="361" />
      <source>Save evaluation</source>
      <translation>保存评估</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="90" />
      <source>Save inspection</source>
      <translation>保存检验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="291" />
      <source>Save slip as PDF</source>
      <translation>将维修单另存为 PDF</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="112" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="654" />
      <source>Save the join request</source>
      <translation>保存加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="67" />
      <source>Saved as {path}.</source>
      <translation>已保存为 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="301" />
      <source>Saving failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="618" />
      <source>Say how the customer was contacted.</source>
      <translation>请说明联系客户的方式。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="619" />
      <source>Say what the customer was told.</source>
      <translation>请说明告知客户的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="571" />
      <source>Say what the guidance achieved.</source>
      <translation>请说明指导的效果。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="254" />
      <source>Say why the claim is rejected.</source>
      <translation>请说明驳回申请的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="252" />
      <source>Say why the customer is compensated.</source>
      <translation>请说明给予客户补偿的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="470" />
      <source>Say why the fault needs the manager.</source>
      <translation>请说明此故障为何需要上报售后管理人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="599" />
      <source>Say why the job is cancelled.</source>
      <translation>请说明取消工单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="587" />
      <source>Say why the job is reopened.</source>
      <translation>请说明重新打开工单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="425" />
      <source>Say why the slip is corrected.</source>
      <translation>请说明更正维修单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="423" />
      <source>Scanned proof of purchase</source>
      <translation>购买凭证扫描件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="961" />
      <source>Scanned proof: {files}</source>
      <translation>凭证扫描件：{files}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="351" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="430" />
      <source>Scanned proof…</source>
      <translation>凭证扫描件…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="216" />
      <source>Schedule visit</source>
      <translation>预约上门</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="34" />
      <source>Schedule visit…</source>
      <translation>预约上门…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="583" />
      <source>Score</source>
      <translation>得分</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="378" />
      <source>Score:</source>
      <translation>得分：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="70" />
      <source>Seal intact</source>
      <translation>封条完好</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="128" />
      <source>Search brand, model, name or printer…</source>
      <translation>搜索品牌、型号、名称或打印机…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="83" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="138" />
      <source>Search by name, phone or company</source>
      <translation>按姓名、电话或公司查找</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="786" />
      <source>Search number, customer, phone, product or batch…</source>
      <translation>搜索单号、客户、电话、产品或批次…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="887" />
      <source>Search number, customer, phone, product, batch or receipt…</source>
      <translation>搜索单号、客户、电话、产品、批次或收据号…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="131" />
      <source>Search number, customer, phone, serial, address or description</source>
      <translation>搜索工单号、客户、电话、序列号、地址或故障描述</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="435" />
      <source>Search number, requester or part…</source>
      <translation>搜索单号、申领人或备件…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="396" />
      <source>Search on the current page</source>
      <translation>在当前页面中搜索</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="136" />
      <source>Select a job in the list to see it here.</source>
      <translation>在列表中选择一个工单，在此查看详情。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="518" />
      <source>Select a part on the left to see its movements.</source>
      <translation>在左侧选择备件以查看其出入库记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="825" />
      <source>Select a quality case in the list.</source>
      <translation>请在列表中选择一个质量问题单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="586" />
      <source>Select a requisition on the left.</source>
      <translation>请在左侧选择一个申领单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="936" />
      <source>Select a return case in the list.</source>
      <translation>请在列表中选择一个退换货单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="398" />
      <source>Select a stocktake above, or start one.</source>
      <translation>请在上方选择一个盘点，或开始新的盘点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="657" />
      <source>Select a supplier on the left to see its details.</source>
      <translation>在左侧选择供应商以查看详情。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="209" />
      <source>Selected: {customer}</source>
      <translation>已选择：{customer}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1062" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="136" />
      <source>Send back</source>
      <translation>退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="127" />
      <source>Send back stocktake {number}</source>
      <translation>退回盘点 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1062" />
      <source>Send back the decision on {number}</source>
      <translation>退回 {number} 的决定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="906" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="295" />
      <source>Send back…</source>
      <translation>退回…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="462" />
      <source>Send the product to: {address}</source>
      <translation>请将产品寄至：{address}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="68" />
      <source>Sent back for recounting</source>
      <translation>退回重盘</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/document_output.py" line="56" />
      <location filename="aftersales_desktop/gui/document_output.py" line="61" />
      <source>Sent to the printer.</source>
      <translation>已发送到打印机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="51" />
      <source>Sent {published} changes, received {applied}, {conflicts} conflicts, {quarantined} bundles held back.</source>
      <translation>发送 {published} 项更改，接收 {applied} 项，冲突 {conflicts} 个，隔离数据包 {quarantined} 个。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="208" />
      <source>Sent {quantity} × {part} to {outlet}</source>
      <translation>已调拨 {quantity} × {part} 至 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="138" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="220" />
      <location filename="aftersales_desktop/slips/render.py" line="352" />
      <source>Serial / batch</source>
      <translation>序列号 / 批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="279" />
      <location filename="aftersales_desktop/gui/job_model.py" line="211" />
      <source>Serial / batch: {serial}</source>
      <translation>序列号 / 批次：{serial}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="36" />
      <source>Serious</source>
      <translation>严重</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="83" />
      <source>Service jobs</source>
      <translation>售后工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="490" />
      <location filename="aftersales_desktop/slips/render.py" line="487" />
      <source>Service terms</source>
      <translation>服务条款</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="47" />
      <source>Set up a new outlet</source>
      <translation>新建网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="378" />
      <source>Set up a new share (head office)…</source>
      <translation>建立新的共享（总部）…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="434" />
      <source>Set up the after-sales desktop</source>
      <translation>设置售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="47" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="432" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="787" />
      <source>Severity</source>
      <translation>严重程度</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="224" />
      <source>Severity:</source>
      <translation>严重程度：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="831" />
      <source>Severity: {severity}</source>
      <translation>严重程度：{severity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="533" />
      <source>Share</source>
      <translation>共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="167" />
      <source>Share folder</source>
      <translation>共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="410" />
      <source>Share folder:</source>
      <translation>共享文件夹：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="90" />
      <source>Shared folder:</source>
      <translation>共享文件夹：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="350" />
      <source>Ship</source>
      <translation>发运</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="350" />
      <source>Ship requisition {number}</source>
      <translation>发运申领单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="64" />
      <location filename="aftersales_desktop/domain/requisitions.py" line="94" />
      <source>Shipped</source>
      <translation>已发运</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="598" />
      <source>Shipped by {carrier}, tracking number {tracking}, on {time}</source>
      <translation>已于 {time} 经 {carrier} 发运，运单号 {tracking}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="721" />
      <source>Shipped by {carrier}, tracking number {tracking}.</source>
      <translation>承运商 {carrier}，运单号 {tracking}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="455" />
      <source>Ship…</source>
      <translation>发运…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="487" />
      <source>Show inactive</source>
      <translation>显示已停用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="800" />
      <source>Show return case</source>
      <translation>查看退换货单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="191" />
      <source>Sign and issue the correction</source>
      <translation>签名并出具更正</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="190" />
      <source>Sign and issue the slip</source>
      <translation>签名并出具维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="412" />
      <source>Sign here</source>
      <translation>请在此处签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="47" />
      <source>Sign on the pad</source>
      <translation>在签名板上签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="35" />
      <source>Sign slip…</source>
      <translation>签署维修单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="154" />
      <source>Sign the repair slip — {number}</source>
      <translation>签署维修单 — {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="129" />
      <source>Sign with the mouse, a finger or a pen. Backspace or Ctrl+Z undoes the last stroke; Delete clears the pad.</source>
      <translation>可用鼠标、手指或触控笔签名。按 Backspace 或 Ctrl+Z 撤销上一笔；按 Delete 清空签名板。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="132" />
      <source>Signature pad</source>
      <translation>签名板</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="501" />
      <source>Signatures</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <source>Signed</source>
      <translation>签署时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/signatures.py" line="27" />
      <source>Signed on the pad</source>
      <translation>在签名板上签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="217" />
      <source>Signed slips</source>
      <translation>已签维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="538" />
      <source>Signed {time}</source>
      <translation>签名时间 {time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="198" />
      <source>Signed {time} by {customer} and {technician}</source>
      <translation>{time} 由 {customer} 和 {technician} 签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="71" />
      <source>Signs of use</source>
      <translation>有使用痕迹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="117" />
      <source>Since</source>
      <translation>开始时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="117" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="272" />
      <source>Site</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="163" />
      <location filename="aftersales_desktop/sync/share.py" line="867" />
      <source>Site {site} is not on the roster of this share.</source>
      <translation>站点 {site} 不在此共享文件夹的站点名册中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/state.py" line="48" />
      <source>Site {site} signed two different bundles numbered {seq} ({first} and {second}): its changes are no longer applied here until head office sorts it out.</source>
      <translation>站点 {site} 签署了两个编号同为 {seq} 的不同同步包（{first} 和 {second}）：在总部处理之前，本机不再应用它的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="802" />
      <source>Site {site} was revoked and cannot join again.</source>
      <translation>站点 {site} 已被吊销，不能再次加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="648" />
      <location filename="aftersales_desktop/sync/share.py" line="166" />
      <source>Site {site} was revoked on {revoked_at}: its new changes are refused.</source>
      <translation>站点 {site} 已于 {revoked_at} 被吊销：拒绝接收其新的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="662" />
      <source>Site {site} was revoked: it cannot be re-keyed.</source>
      <translation>站点 {site} 已被吊销，不能重新密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="627" />
      <source>Site {site} writes a newer data format ({schema}): update this installation to receive its changes.</source>
      <translation>站点 {site} 使用较新的数据格式（{schema}）：请升级本机软件以接收其更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="532" />
      <source>Sites</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="371" />
      <source>Sites exchange their changes through a shared folder every site can reach: a network share, a NAS, a cloud-drive folder or a USB stick. The database itself stays on this computer.</source>
      <translation>各站点通过一个都能访问的共享文件夹交换更改：网络共享、NAS、网盘同步文件夹或 U 盘。数据库本身始终保存在本机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="115" />
      <source>Sites whose changes wait</source>
      <translation>更改暂停接收的站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="356" />
      <source>Slip</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="446" />
      <source>Slip does not match</source>
      <translation>维修单不符</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="252" />
      <source>Slip font (this computer)</source>
      <translation>维修单字体（本机）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="160" />
      <source>Slip font {family} found.</source>
      <translation>已找到单据字体 {family}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="229" />
      <source>Slip language</source>
      <translation>维修单语言</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="282" />
      <source>Slip number</source>
      <translation>维修单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="444" />
      <source>Slip verified</source>
      <translation>维修单核验通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="312" />
      <source>Slip {number} revision {revision} signed</source>
      <translation>维修单 {number} 修订版 {revision} 已签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="187" />
      <source>Slip {number} · revision {revision}</source>
      <translation>维修单 {number} · 修订版 {revision}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="166" />
      <source>Slips</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="380" />
      <source>Slips ({n})</source>
      <translation>维修单 ({n})</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="305" />
      <source>Slips will use {family} ({path}).</source>
      <translation>维修单将使用字体 {family}（{path}）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="447" />
      <source>Snapshot:</source>
      <translation>快照：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="143" />
      <source>Solved by remote support</source>
      <translation>远程技术支持已解决</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/quality.py" line="119" />
      <source>Solved remotely</source>
      <translation>远程已解决</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="517" />
      <source>Spare-part ledger</source>
      <translation>备件库存台账</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="585" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="683" />
      <location filename="aftersales_desktop/services/requisitions.py" line="724" />
      <source>Spare-part requisition</source>
      <translation>备件申领单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="104" />
      <source>Spare-part requisitions</source>
      <translation>备件申领</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="100" />
      <source>Spare-parts stock</source>
      <translation>备件库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="153" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="517" />
      <location filename="aftersales_desktop/services/requisitions.py" line="727" />
      <source>Specification</source>
      <translation>规格</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="65" />
      <source>Specification:</source>
      <translation>规格：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="120" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="43" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="32" />
      <source>Staff account</source>
      <translation>员工账户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="120" />
      <source>Staff accounts</source>
      <translation>员工账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="24" />
      <source>Staff accounts and the outlet's details: only head office or the outlet's administration computer may change them.</source>
      <translation>员工账户和网点信息：只有总部或该网点的管理电脑可以修改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="76" />
      <source>Start stocktake</source>
      <translation>开始盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="257" />
      <source>Start stocktake…</source>
      <translation>开始盘点…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="65" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="266" />
      <location filename="aftersales_desktop/services/stocktakes.py" line="563" />
      <source>Started</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="564" />
      <source>Started by</source>
      <translation>发起人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="909" />
      <source>Started from head office's snapshot {name}: {rows} rows.</source>
      <translation>已从总部快照 {name} 开始：{rows} 行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="79" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="157" />
      <location filename="aftersales_desktop/gui/job_model.py" line="49" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="547" />
      <source>Status:</source>
      <translation>状态：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="714" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="526" />
      <source>Step</source>
      <translation>步骤</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="840" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1003" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="603" />
      <source>Steps made elsewhere at the same time and not applied: {steps}</source>
      <translation>其他站点同时进行、未被采用的操作：{steps}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="100" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="34" />
      <source>Stock movement</source>
      <translation>库存变动</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="219" />
      <source>Stock movements</source>
      <translation>库存变动</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="284" />
      <source>Stock of {part} adjusted by {difference}</source>
      <translation>{part} 的库存已调整 {difference}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="397" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="46" />
      <location filename="aftersales_desktop/services/conflicts.py" line="100" />
      <source>Stocktake</source>
      <translation>库存盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="53" />
      <source>Stocktake adjustment</source>
      <translation>库存盘点调整</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="562" />
      <source>Stocktake count sheet</source>
      <translation>库存盘点表</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="266" />
      <source>Stocktake no.</source>
      <translation>盘点单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="204" />
      <source>Stocktake {number} approved: {count} adjustments posted</source>
      <translation>盘点 {number} 已批准：已登记 {count} 笔调整</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="142" />
      <source>Stocktake {number} cancelled</source>
      <translation>盘点 {number} 已取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="311" />
      <source>Stocktake {number} of this outlet is still open and counts the same parts: finish or cancel it first.</source>
      <translation>本网点的盘点 {number} 尚未结束，且盘点相同的备件：请先完成或取消该盘点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="145" />
      <source>Stocktake {number} sent back for recounting</source>
      <translation>盘点 {number} 已退回重盘</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="90" />
      <source>Stocktake {number} started: {lines} lines to count</source>
      <translation>盘点 {number} 已开始：共 {lines} 行待盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="521" />
      <source>Stocktake {number} submitted for approval</source>
      <translation>盘点 {number} 已提交审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="108" />
      <location filename="aftersales_desktop/gui/main_window.py" line="108" />
      <source>Stocktakes</source>
      <translation>盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="28" />
      <location filename="aftersales_desktop/services/requisitions.py" line="730" />
      <source>Storekeeper</source>
      <translation>库存管理人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="104" />
      <source>Submit</source>
      <translation>提交</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="293" />
      <source>Submit for approval</source>
      <translation>提交审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="44" />
      <source>Submitted</source>
      <translation>待审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stocktakes.py" line="66" />
      <source>Submitted for approval</source>
      <translation>提交审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="746" />
      <source>Superseded by a newer evaluation of {period}</source>
      <translation>已被 {period} 的较新评估取代</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="54" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="511" />
      <location filename="aftersales_desktop/services/sync_problems.py" line="37" />
      <source>Supplier</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="448" />
      <source>Supplier pass mark</source>
      <translation>供应商合格线</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="456" />
      <source>Supplier pass mark set to {threshold}</source>
      <translation>供应商合格线已设为 {threshold}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="103" />
      <source>Supplier {name} added</source>
      <translation>已添加供应商 {name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="797" />
      <source>Supplier {name} deactivated</source>
      <translation>供应商 {name} 已停用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="798" />
      <source>Supplier {name} reactivated</source>
      <translation>供应商 {name} 已重新启用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="106" />
      <source>Supplier {name} saved</source>
      <translation>供应商 {name} 已保存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="122" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="166" />
      <source>Supplier's delivery note number</source>
      <translation>供应商送货单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="127" />
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="43" />
      <source>Supplier:</source>
      <translation>供应商：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="112" />
      <location filename="aftersales_desktop/gui/main_window.py" line="112" />
      <source>Suppliers</source>
      <translation>供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="348" />
      <source>Symptom</source>
      <translation>故障现象</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="123" />
      <location filename="aftersales_desktop/gui/main_window.py" line="123" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="186" />
      <source>Sync and prepare</source>
      <translation>同步并准备</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="306" />
      <source>Sync did not complete: {problem}</source>
      <translation>同步未完成：{problem}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="165" />
      <source>Sync every</source>
      <translation>同步间隔</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="437" />
      <source>Sync every:</source>
      <translation>同步间隔：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="333" />
      <source>Sync finished: published {published} changes, applied {applied}, skipped {skipped}, quarantined {quarantined}, conflicts {conflicts}, refused {refused}, {waiting} waiting.</source>
      <translation>同步完成：发布 {published} 项更改，应用 {applied} 项，跳过 {skipped} 项，隔离 {quarantined} 个，冲突 {conflicts} 个，拒绝 {refused} 项，{waiting} 项等待中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="398" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="506" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="73" />
      <source>Sync problem: {short}</source>
      <translation>同步问题：{short}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="680" />
      <source>Sync runs every {n} minutes.</source>
      <translation>每 {n} 分钟同步一次。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="97" />
      <source>Sync, then check what this laptop carries for today and tomorrow, and print the visit sheet.</source>
      <translation>同步后查看本机为今明两天携带的内容，并打印外出工作单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="77" />
      <source>Synced {ago}</source>
      <translation>{ago}已同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="252" />
      <location filename="aftersales_desktop/gui/sync_status.py" line="67" />
      <location filename="aftersales_desktop/gui/sync_status.py" line="59" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="287" />
      <source>Taken in</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="27" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="157" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="158" />
      <source>Technician</source>
      <translation>技术维修人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="182" />
      <location filename="aftersales_desktop/slips/render.py" line="521" />
      <source>Technician signature</source>
      <translation>技术维修人员签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="58" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="152" />
      <source>Technician:</source>
      <translation>技术员：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="286" />
      <source>Technician: {name}</source>
      <translation>技术维修人员：{name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="487" />
      <source>Technicians schedule their own visits.</source>
      <translation>技术维修人员只能为自己预约上门。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="601" />
      <source>Technicians see only the parts they hold themselves.</source>
      <translation>技术维修人员只能查看自己持有的备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="98" />
      <source>Technicians see only their own field day.</source>
      <translation>技术员只能查看自己的外出工作。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="818" />
      <source>Technicians see their own agenda.</source>
      <translation>技术维修人员只能查看自己的日程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="86" />
      <source>Technicians' agenda</source>
      <translation>技术员日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="214" />
      <source>Terms (Chinese)</source>
      <translation>条款（中文）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="215" />
      <source>Terms (English)</source>
      <translation>条款（英文）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="298" />
      <source>Test passed</source>
      <translation>测试通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="228" />
      <source>Test result</source>
      <translation>测试结果</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="118" />
      <source>Test result:</source>
      <translation>测试结果：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="979" />
      <source>Test: {result}</source>
      <translation>测试：{result}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="238" />
      <location filename="aftersales_desktop/services/quality.py" line="458" />
      <source>The amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="148" />
      <source>The approval names a line that is not on this requisition.</source>
      <translation>审核中的某一行不在此申领单上。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="214" />
      <source>The bundle {name} belongs to another share.</source>
      <translation>同步包 {name} 属于另一个共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="210" />
      <source>The bundle {name} belongs to site {found}, not to the folder of site {expected}.</source>
      <translation>同步包 {name} 属于站点 {found}，而不属于站点 {expected} 的文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="217" />
      <source>The bundle {name} carries sequence number {found} but its name says {expected}.</source>
      <translation>同步包 {name} 的序号为 {found}，但其文件名表示序号为 {expected}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="200" />
      <source>The bundle {name} does not match the hash in its name: it is incomplete or damaged.</source>
      <translation>同步包 {name} 与其文件名中的哈希值不符：文件不完整或已损坏。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="400" />
      <location filename="aftersales_desktop/sync/records.py" line="185" />
      <source>The bundle {name} holds a change this version cannot accept (change {index}): it is not applied.</source>
      <translation>同步包 {name} 含有本版本无法接受的变更（第 {index} 条）：未应用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="786" />
      <source>The bundle {name} holds changes stamped more than a day in the future.</source>
      <translation>数据包 {name} 中的更改时间戳超前一天以上。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="745" />
      <source>The bundle {name} holds changes stamped {hours} hours in the future: the clock of site {site} is wrong. It is kept out until that is fixed.</source>
      <translation>数据包 {name} 中的更改时间戳超前 {hours} 小时：站点 {site} 的时钟有误。修正之前不予应用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="279" />
      <source>The bundle {name} holds {found} changes but its header says {expected}.</source>
      <translation>同步包 {name} 包含 {found} 条更改，但其头部记载为 {expected} 条。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="190" />
      <source>The bundle {name} is empty.</source>
      <translation>同步包 {name} 是空文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="284" />
      <location filename="aftersales_desktop/sync/bundle.py" line="192" />
      <location filename="aftersales_desktop/sync/engine.py" line="722" />
      <source>The bundle {name} is larger than a bundle may be: it is not read.</source>
      <translation>同步包 {name} 超出了同步包允许的大小：未读取。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="990" />
      <source>The bundle {name} of site {site} is not encrypted although that site already encrypts its bundles: it is refused.</source>
      <translation>站点 {site} 的同步包 {name} 未加密，而该站点已在加密其同步包：已拒收。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="253" />
      <location filename="aftersales_desktop/sync/bundle.py" line="204" />
      <source>The bundle {name} uses format {format}, which this version cannot read: update the application.</source>
      <translation>同步包 {name} 使用格式 {format}，本版本无法读取：请更新应用程序。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="794" />
      <source>The bundle {seq} of site {site} could not be applied ({detail}): it is kept out, the other sites go on.</source>
      <translation>站点 {site} 的同步包 {seq} 无法应用（{detail}）：已隔离，其他站点照常同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="27" />
      <source>The change claims to come from another site.</source>
      <translation>该更改冒称来自另一个站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="817" />
      <source>The changes of site {site} wait until head office assigns it to an outlet.</source>
      <translation>站点 {site} 的更改将等待总部把它分配到网点后再接收。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="298" />
      <location filename="aftersales_desktop/sync/engine.py" line="740" />
      <source>The contents of the bundle {name} are damaged.</source>
      <translation>同步包 {name} 的内容已损坏。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="187" />
      <location filename="aftersales_desktop/services/suppliers.py" line="515" />
      <source>The cost cannot be negative.</source>
      <translation>成本不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="132" />
      <source>The counter can correct the counts and submit again.</source>
      <translation>盘点人可更正盘点数量后重新提交。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="72" />
      <source>The customer has read the slip and agrees to sign with the typed name</source>
      <translation>客户已阅读维修单，同意以输入的姓名签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="572" />
      <source>The customer is not satisfied: note why (or reopen the job for another visit).</source>
      <translation>客户不满意：请记录原因（或重新打开工单，再次上门维修）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="303" />
      <source>The customer signs the repair slip now</source>
      <translation>客户现在签署维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="163" />
      <source>The data folder {folder} could not be opened:
{error}

Check that the folder exists, is on a local disk and that you may write to it.</source>
      <translation>无法打开数据文件夹 {folder}：
{error}

请检查该文件夹是否存在、是否位于本地磁盘，以及您是否有写入权限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="87" />
      <source>The database could not be read or written (disk I/O error): check the disk; sync will retry.</source>
      <translation>无法读写数据库（磁盘 I/O 错误）：请检查磁盘；同步将稍后重试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="82" />
      <source>The database is busy (another program is using it); sync will retry.</source>
      <translation>数据库正忙（另一个程序正在使用）；同步将稍后重试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="181" />
      <source>The database was restored from {file}. The one it replaced was saved as {saved}.

The application closes now: start it again. If this installation syncs and published changes after the backup was taken, sync will stop publishing and say so: ask head office to re-join it.</source>
      <translation>数据库已从 {file} 恢复。被替换的数据库已保存为 {saved}。

应用程序现在关闭：请重新启动。如果本机参与同步，并且在备份之后发布过更改，同步将停止发布并给出提示：请总部将本机重新加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="319" />
      <source>The date cannot be in the past.</source>
      <translation>日期不能早于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="358" />
      <source>The date received cannot be before the return was requested.</source>
      <translation>收货日期不能早于退换货申请日期。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="357" />
      <source>The date received cannot be in the future.</source>
      <translation>收货日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="526" />
      <source>The day received cannot be in the future.</source>
      <translation>到货日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="230" />
      <source>The defect was confirmed: the claim cannot be rejected; exchange, refund or repair.</source>
      <translation>已确认质量问题：不能驳回申请；请换货、退款或维修。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="84" />
      <source>The disk holding the database is full: free some space; sync will retry.</source>
      <translation>存放数据库的磁盘已满：请释放一些空间；同步将稍后重试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="182" />
      <source>The encryption key in {where} cannot be read ({detail}): re-join the share.</source>
      <translation>无法读取 {where} 中的加密密钥（{detail}）：请重新加入共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="132" />
      <source>The file is not sealed for head office, or it is damaged.</source>
      <translation>该文件不是为总部加密的，或已损坏。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="127" />
      <source>The file is not sealed for head office.</source>
      <translation>该文件不是为总部加密的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="149" />
      <source>The file {file} is a sound backup of {backup_outlet} ({jobs} jobs).

Replace the database of {outlet} in {folder} with it? Everything entered since the backup was taken is lost here; the current database is saved first as a pre-restore backup. The application closes afterwards.</source>
      <translation>文件 {file} 是 {backup_outlet} 的完好备份（{jobs} 个工单）。

要用它替换 {folder} 中 {outlet} 的数据库吗？备份之后在本机录入的所有内容都将丢失；当前数据库会先保存为恢复前备份。之后应用程序将关闭。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="279" />
      <source>The file {name} cannot be read: {error}</source>
      <translation>无法读取文件 {name}：{error}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="179" />
      <location filename="aftersales_desktop/sync/snapshot.py" line="326" />
      <source>The file {name} is not a complete sealed file.</source>
      <translation>文件 {name} 不是完整的加密文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="207" />
      <source>The file {name} is not a sync bundle.</source>
      <translation>文件 {name} 不是同步包。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="196" />
      <source>The file {name} is not named like a bundle.</source>
      <translation>文件 {name} 的名称不符合同步包的命名规则。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/snapshot.py" line="314" />
      <source>The file {name} is sealed and this installation holds no data key of the share.</source>
      <translation>文件 {name} 已加密，而本机没有该共享的数据密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="183" />
      <location filename="aftersales_desktop/sync/snapshot.py" line="108" />
      <source>The file {name} is sealed with data key {key_id}, which this installation does not hold.</source>
      <translation>文件 {name} 使用数据密钥 {key_id} 加密，而本安装没有该密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="165" />
      <source>The file {path} could not be written. Choose another folder, or check that the drive is connected.</source>
      <translation>无法写入文件 {path}。请选择其他文件夹，或检查该驱动器是否已连接。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="211" />
      <source>The file {path} could not be written: {error}</source>
      <translation>无法写入文件 {path}：{error}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="1299" />
      <source>The file {path} is not a readable join request.</source>
      <translation>文件 {path} 不是可读取的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="163" />
      <source>The first decision stands everywhere: take a new step on the document to change it.</source>
      <translation>各处均以先作出的决定为准：如需更改，请在该单据上办理新的步骤。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="567" />
      <source>The folder {path} already holds after-sales share files but no share marker: choose an empty folder.</source>
      <translation>文件夹 {path} 中已有售后共享文件，但没有共享标识：请选择一个空文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="564" />
      <source>The folder {path} already holds an after-sales share.</source>
      <translation>文件夹 {path} 中已经有一个售后共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="543" />
      <location filename="aftersales_desktop/sync/share.py" line="608" />
      <location filename="aftersales_desktop/sync/share.py" line="702" />
      <source>The folder {path} holds a different after-sales share than the one this site joined.</source>
      <translation>文件夹 {path} 中的售后共享不是本站点加入的那个。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="520" />
      <source>The folder {path} holds no after-sales share (no share marker): it is empty, not mounted, or the wrong folder.</source>
      <translation>文件夹 {path} 中没有售后共享（没有共享标识）：它是空的、未挂载，或者不是正确的文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="247" />
      <source>The font {font} lacks these characters: {chars}. They print as “?”. Choose another font in Settings.</source>
      <translation>字体 {font} 缺少这些字符：{chars}。它们将打印为“?”。请在设置中选择其他字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="237" />
      <source>The header of the bundle {name} is unreadable.</source>
      <translation>无法读取同步包 {name} 的头部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="537" />
      <source>The inspection report of {number} matches the record.</source>
      <translation>{number} 的检验报告与记录一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="448" />
      <source>The job is assigned to {name} already.</source>
      <translation>该工单已派给 {name}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="796" />
      <source>The join request of {site} is for another share.</source>
      <translation>{site} 的加入申请是针对另一个共享文件夹的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="1302" />
      <location filename="aftersales_desktop/sync/share.py" line="793" />
      <source>The join request of {site} is not signed by the key it presents: refuse it.</source>
      <translation>{site} 的加入申请不是由其所附密钥签名的：请拒绝该申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="328" />
      <location filename="aftersales_desktop/sync/keys.py" line="352" />
      <source>The key folder {folder} named by {variable} cannot be used: {detail}</source>
      <translation>{variable} 指定的密钥文件夹 {folder} 无法使用：{detail}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="84" />
      <source>The lines are the ledger as it is now. Movements keep going during the count: each line is compared with the ledger at the moment it is counted.</source>
      <translation>盘点行取自当前台账。盘点期间出入库照常进行：每一行都与其盘点时的台账数量比较。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="115" />
      <source>The logo is larger than 512 KB: choose a smaller image.</source>
      <translation>标志图片超过 512 KB：请选择较小的图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="117" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>标志必须是 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="246" />
      <source>The manager allowed negative stock: {reason}</source>
      <translation>经理已允许负库存：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="96" />
      <source>The name is shown to head office and on the Sites list, for example when a lost laptop has to be revoked.</source>
      <translation>名称会显示给总部并列在站点列表中，例如笔记本丢失需要吊销时。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="649" />
      <source>The newest roster file on the share ({name}) is damaged (empty, unreadable or not signed by head office) and this site has already seen version {expected}: head office must republish the roster.</source>
      <translation>共享文件夹中最新的站点名单文件（{name}）已损坏（为空、无法读取或不是总部签名的），而本站点已见过第 {expected} 版：总部须重新发布站点名单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="195" />
      <source>The next print is marked COPY {n}.</source>
      <translation>下次打印将标注为“副本 {n}”。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="194" />
      <source>The next print is the original.</source>
      <translation>下次打印为原件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="606" />
      <source>The note is empty.</source>
      <translation>备注为空。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="354" />
      <source>The outlet code starts every document number, such as SH01-J202611-0042. It cannot be changed later.</source>
      <translation>网点代码是每个单据编号的开头，例如 SH01-J202611-0042。设置后不能更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="272" />
      <source>The outlet logo cannot be read ({reason}): choose a PNG or JPEG file in Settings.</source>
      <translation>无法读取网点标志（{reason}）：请在设置中选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="383" />
      <source>The outlet manager adds the other staff accounts after logging in.</source>
      <translation>售后管理人员登录后再添加其他员工账号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="299" />
      <source>The outlet's data has arrived. Finish, then log in with your own account.</source>
      <translation>网点数据已接收。点击完成，然后用自己的账号登录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="70" />
      <source>The outlet's name, address and phone print on slips and documents. The code ({code}) is part of every document number and cannot change.</source>
      <translation>网点的名称、地址和电话会打印在维修单和其他单据上。网点代码（{code}）是每个单据编号的一部分，不能更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="302" />
      <source>The outlet's own data is not on the share yet: sync the outlet's main computer, then try again.</source>
      <translation>共享文件夹中还没有该网点的数据：请先同步网点的主电脑，然后重试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="130" />
      <source>The packaging is intact.</source>
      <translation>包装完好。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="132" />
      <source>The packaging is not intact: a return without a quality problem needs it intact.</source>
      <translation>包装不完好：无质量问题的退货须包装完好。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="407" />
      <source>The part lines do not match the slip being corrected.</source>
      <translation>部件明细与要更正的维修单不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="79" />
      <source>The password needs at least {min} characters.</source>
      <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="713" />
      <source>The period {period} has not begun yet.</source>
      <translation>期间 {period} 尚未开始。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="418" />
      <source>The pick names a line that is not on this requisition.</source>
      <translation>拣货中的某一行不在此申领单上。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="458" />
      <source>The price cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="168" />
      <source>The printer {name} is not available. Check that it is switched on and connected, or choose another printer.</source>
      <translation>打印机 {name} 不可用。请检查打印机是否已开机并已连接，或选择其他打印机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="603" />
      <source>The product goes back to the customer; the claim is rejected.</source>
      <translation>产品退还客户；申请已驳回。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="125" />
      <source>The product is unused.</source>
      <translation>产品未使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="127" />
      <source>The product was used: a return without a quality problem must be unused.</source>
      <translation>产品已使用：无质量问题的退货须未使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="385" />
      <source>The purchase date cannot be in the future.</source>
      <translation>购买日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="147" />
      <source>The purchase date is in the future.</source>
      <translation>购买日期晚于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="667" />
      <source>The re-key of {site} names another outlet: refuse it.</source>
      <translation>{site} 的重新密钥请求指明了另一个网点：请拒绝。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="664" />
      <source>The re-key request of {site} is not signed by the key of the site it replaces: refuse it.</source>
      <translation>{site} 的重新密钥请求未由其所取代站点的密钥签名：请拒绝。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="23" />
      <source>The record belongs to another outlet.</source>
      <translation>该记录属于另一个网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="26" />
      <source>The record belongs to no outlet of the roster: only head office may change it.</source>
      <translation>该记录不属于站点名单中的任何网点：只有总部可以修改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="168" />
      <source>The record of this conflict is not here.</source>
      <translation>本机没有此冲突所涉及的记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="243" />
      <source>The refund cannot be more than the price paid ({price}).</source>
      <translation>退款不能超过实付金额（{price}）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="602" />
      <source>The repaired product goes back to the customer.</source>
      <translation>维修后的产品退还客户。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="812" />
      <source>The replacement comes from good stock, not from the quarantine location.</source>
      <translation>换货品须取自合格库存，不能取自隔离区。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="475" />
      <location filename="aftersales_desktop/services/quality.py" line="678" />
      <source>The request does not meet the return conditions: accepting it anyway needs the reason for the exception.</source>
      <translation>该申请不符合退换货条件：如仍要接受，须填写破例原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="611" />
      <source>The return case {number} is still open.</source>
      <translation>退换货单 {number} 尚未完成。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/requisitions.py" line="496" />
      <source>The return names a line that is not on this requisition.</source>
      <translation>退回中的某一行不在此申领单上。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="492" />
      <source>The scanned proof is empty.</source>
      <translation>凭证扫描件为空。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="493" />
      <source>The scanned proof is too large (at most {most} MB).</source>
      <translation>凭证扫描件过大（最多 {most} MB）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="190" />
      <source>The sealed file {name} does not decrypt: it is incomplete, damaged, renamed or forged.</source>
      <translation>加密文件 {name} 无法解密：它不完整、已损坏、被改名或是伪造的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="170" />
      <source>The selected printer is not available. Check that it is switched on and connected, or choose another printer.</source>
      <translation>所选打印机不可用。请检查打印机是否已开机并已连接，或选择其他打印机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="195" />
      <source>The share could not be read: {error}</source>
      <translation>无法读取共享文件夹：{error}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="306" />
      <source>The share holds bundles {first} to {last} of this computer that its database does not know: it was restored from an old backup and may not publish. Re-key it to go on; its lost work comes back.</source>
      <translation>共享中有本机的数据包 {first} 至 {last}，而本机数据库并不知道它们：本机是从旧备份恢复的，不能发布。请重新生成密钥后继续；丢失的工作会回来。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="527" />
      <source>The share holds bundles {first} to {last} of this installation that its database does not know: it was restored from an old backup. Publishing is stopped so history does not fork; a manager re-keys this installation (Sync page, or aftersales share rekey) and head office approves it.</source>
      <translation>共享文件夹中有本机的数据包 {first} 至 {last}，而本机数据库中没有：本机是从旧备份恢复的。为免历史分叉，已停止发布；请经理为本机重新生成密钥（同步页面或 aftersales share rekey），并由总部批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="561" />
      <source>The share holds no bundles of this installation that its database does not know: it needs no re-key.</source>
      <translation>共享中没有本安装数据库未知的数据包：无需重新生成密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="956" />
      <source>The share is encrypted and head office has not given this installation its data key yet: changes wait here until it does.</source>
      <translation>共享文件夹已加密，而总部尚未把数据密钥交给本安装：更改在本机等待，直到收到密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="304" />
      <source>The share is not reachable: showing what this laptop already carries.</source>
      <translation>无法访问共享文件夹：显示本机已有的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="670" />
      <source>The share is now found in {path}.</source>
      <translation>共享文件夹现在位于 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="524" />
      <location filename="aftersales_desktop/sync/share.py" line="535" />
      <source>The share marker in {path} cannot be read.</source>
      <translation>无法读取 {path} 中的共享标识。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="655" />
      <source>The share offers roster version {found} but this site has already seen version {expected}: roster files were removed or restored from an old copy. Head office must republish the roster.</source>
      <translation>共享文件夹提供的站点名单是第 {found} 版，但本站点已见过第 {expected} 版：站点名单文件被删除，或被旧副本覆盖。总部须重新发布站点名单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="182" />
      <location filename="aftersales_desktop/sync/membership.py" line="543" />
      <source>The share {path} is not reachable.</source>
      <translation>无法访问共享文件夹 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="268" />
      <source>The share {path} is not reachable: working offline, changes wait here.</source>
      <translation>无法访问共享文件夹 {path}：正在离线工作，更改在本机等待。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="1226" />
      <source>The shared folder could not be read or written ({path}): {detail}</source>
      <translation>无法读写共享文件夹（{path}）：{detail}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="515" />
      <location filename="aftersales_desktop/sync/share.py" line="561" />
      <source>The shared folder {path} cannot be reached.</source>
      <translation>无法访问共享文件夹 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="642" />
      <source>The shared folder {path} holds no roster of sites: the roster files were removed. Head office must republish the roster.</source>
      <translation>共享文件夹 {path} 中没有站点名单：站点名单文件已被删除。总部须重新发布站点名单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="646" />
      <source>The shared folder {path} holds no valid roster of sites.</source>
      <translation>共享文件夹 {path} 中没有有效的站点名册。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="222" />
      <source>The signature of the bundle {name} does not match the key of site {site}: it was not written by that site.</source>
      <translation>同步包 {name} 的签名与站点 {site} 的密钥不符：它不是该站点写入的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/signing.py" line="27" />
      <source>The signature pad is empty: please sign before confirming.</source>
      <translation>签名板是空的：请先签名再确认。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="143" />
      <source>The signature to print does not match the one recorded on this slip.</source>
      <translation>要打印的签名与此维修单上记录的签名不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="29" />
      <source>The site is not on the roster.</source>
      <translation>该站点不在站点名单中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="163" />
      <location filename="aftersales_desktop/sync/keys.py" line="228" />
      <source>The site key in {where} cannot be read ({detail}): re-join the share.</source>
      <translation>无法读取 {where} 中的站点密钥（{detail}）：请重新加入共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="318" />
      <source>The site key of this installation is missing from {where}: re-join the share.</source>
      <translation>{where} 中缺少本机的站点密钥：请重新加入共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="106" />
      <source>The slip could not be prepared for printing because its PDF is damaged. Create the slip again and retry.</source>
      <translation>维修单的 PDF 已损坏，无法准备打印。请重新生成维修单后再试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="302" />
      <source>The slip could not be saved as {path}: {reason}. Choose another folder.</source>
      <translation>无法将维修单保存为 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="108" />
      <source>The slip font {path} cannot be read. Check that the file is there and readable.</source>
      <translation>无法读取维修单字体 {path}。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="114" />
      <source>The slip font {path} cannot be used: it has no Chinese characters. Choose a Chinese TrueType font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：其中没有中文字符。请在设置中选择中文 TrueType 字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="109" />
      <source>The slip font {path} cannot be used: it is an OpenType/CFF font, and slips embed TrueType fonts only. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：它是 OpenType/CFF 字体，维修单只能嵌入 TrueType 字体。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="112" />
      <source>The slip font {path} cannot be used: it is not a TrueType font file. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：它不是 TrueType 字体文件。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="106" />
      <source>The slip font {path} does not exist. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不存在。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="256" />
      <source>The slip is still being prepared: try again.</source>
      <translation>维修单仍在生成中：请稍后再试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="529" />
      <source>The stored inspection of {number} has been altered: it no longer matches its own hash. Report this to your manager.</source>
      <translation>{number} 的检验存档已被篡改：与其校验值不再一致。请报告您的经理。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="662" />
      <source>The stored record of {number} revision {revision} has been altered: it no longer matches its own hash. Report this to your manager.</source>
      <translation>维修单 {number} 修订版 {revision} 的存档已被篡改：与其校验值不再一致。请报告您的经理。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="1025" />
      <source>The storekeeper hands over the replacement of an exchange.</source>
      <translation>换货品由库存管理人员交付。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="372" />
      <source>The technician holds no issued parts.</source>
      <translation>该技术员没有持有已出库的备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="417" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="74" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="478" />
      <source>The visit cannot start in the past.</source>
      <translation>上门开始时间不能早于当前时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="479" />
      <source>The visit must end after it starts.</source>
      <translation>上门结束时间必须晚于开始时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="139" />
      <source>There are no technicians yet.</source>
      <translation>还没有技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="166" />
      <source>There is no database at {path} to back up.</source>
      <translation>{path} 处没有可备份的数据库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="145" />
      <source>There is no outlet database in {folder}.</source>
      <translation>{folder} 中没有网点数据库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="337" />
      <source>These details appear on repair slips and in every job number.</source>
      <translation>这些信息会显示在维修单上，并用于每个工单号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="111" />
      <source>These settings belong to this computer only and never sync.</source>
      <translation>这些设置仅属于本机，不会同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="167" />
      <source>This account is disabled; ask your manager.</source>
      <translation>此账号已停用，请联系售后管理人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="99" />
      <source>This brand and model are in the catalog already.</source>
      <translation>产品目录中已有该品牌和型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="58" />
      <source>This computer</source>
      <translation>本机</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="202" />
      <source>This computer asked to join outlet {code} through {path}.</source>
      <translation>这台电脑已通过 {path} 申请加入网点 {code}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="236" />
      <source>This computer copies the outlet's jobs, customers, stock and staff accounts from the share. It can take a few minutes for a large outlet.</source>
      <translation>这台电脑正从共享文件夹复制网点的服务单、客户、库存和员工账号。大型网点可能需要几分钟。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="397" />
      <source>This computer now belongs to outlet {code}.</source>
      <translation>这台电脑现在属于网点 {code}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="304" />
      <source>This computer was re-keyed (it replaces site {old}): head office must approve its new key.</source>
      <translation>本机已重新生成密钥（取代站点 {old}）：须由总部批准新密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="356" />
      <source>This computer's document numbers carry the letter {letter}.</source>
      <translation>本机的单据编号带有字母 {letter}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="92" />
      <source>This computer's name:</source>
      <translation>这台电脑的名称：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="157" />
      <source>This conflict has been decided already.</source>
      <translation>此冲突已经处理过了。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="666" />
      <source>This copy does NOT match the record of {number} revision {revision}: its content was changed or it is not ours.</source>
      <translation>此副本与维修单 {number} 修订版 {revision} 的记录不符：内容已被改动，或并非本公司出具。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="394" />
      <source>This customer no longer exists; search again.</source>
      <translation>该客户已不存在，请重新查找。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="754" />
      <source>This decision needs no approval: it can be carried out.</source>
      <translation>此决定无需审核：可以执行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="534" />
      <source>This inspection report does NOT match the record of {number}: its content was changed or it is not ours.</source>
      <translation>此检验报告与 {number} 的记录不符：内容已被改动，或并非本公司出具。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="180" />
      <source>This installation already belongs to an outlet.</source>
      <translation>这台电脑已经属于一个网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="97" />
      <source>This installation already has an outlet.</source>
      <translation>本安装已设置网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="106" />
      <source>This installation already takes part in the share at {path}.</source>
      <translation>本机已加入位于 {path} 的共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/confidential.py" line="240" />
      <source>This installation does not hold the share's newest data key yet: waiting for head office.</source>
      <translation>本安装尚无共享文件夹最新的数据密钥：正在等待总部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="62" />
      <source>This installation does not sync yet: a manager sets it up on the Sync page.</source>
      <translation>本机尚未同步：请售后管理人员在“同步”页面中设置。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="412" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="583" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="605" />
      <source>This installation has not joined a share yet.</source>
      <translation>本机尚未加入共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="644" />
      <source>This installation is now head office of the share in {path}.</source>
      <translation>本机现在是 {path} 中共享的总部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="599" />
      <source>This installation was re-keyed: it is site {site} now, replacing {old}, whose bundles after seq {seq} it applies back. Head office must approve the new key.</source>
      <translation>本安装已重新生成密钥：现在是站点 {site}，取代 {old}，并重新应用其序号 {seq} 之后的数据包。须由总部批准新密钥。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="531" />
      <source>This installation was restored from an old backup: its bundles on the share go further than its database. Publishing is stopped until it is re-keyed.</source>
      <translation>本机是从旧备份恢复的：共享文件夹中本机的数据包比数据库更新。重新生成密钥之前停止发布。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="51" />
      <location filename="aftersales_desktop/services/suppliers.py" line="307" />
      <source>This is not a valid e-mail address.</source>
      <translation>电子邮件地址无效。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="48" />
      <location filename="aftersales_desktop/services/suppliers.py" line="304" />
      <source>This is not a valid phone number (e.g. 13812345678 or 021-62345678).</source>
      <translation>电话号码无效（例如 13812345678 或 021-62345678）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="67" />
      <location filename="aftersales_desktop/services/outlet.py" line="82" />
      <source>This is not a valid phone number.</source>
      <translation>电话号码无效。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="525" />
      <source>This job is '{status}': reopen it before recording another repair.</source>
      <translation>该工单状态为“{status}”：请先重新打开，再填写新的维修记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="169" />
      <source>This laptop has not joined a share: nothing syncs.</source>
      <translation>本机尚未加入共享文件夹：不会同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="247" />
      <source>This laptop has not joined a share: showing what it already carries.</source>
      <translation>本机尚未加入共享文件夹：显示本机已有的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="490" />
      <source>This part is not on the supplier's list.</source>
      <translation>该备件不在此供应商的供应清单中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="393" />
      <source>This part, location and batch already has a line: enter the count there.</source>
      <translation>该备件、存放位置和批次已有一行：请在该行录入盘点数量。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="424" />
      <source>This quality case is closed already.</source>
      <translation>此质量问题单已结案。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/storage/authority.py" line="288" />
      <source>This record belongs to outlet {outlet}: only that outlet or head office can change it.</source>
      <translation>这条记录属于网点 {outlet}：只有该网点或总部可以修改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="329" />
      <source>This repair already has slip {number}: print a copy of it, or issue a correction.</source>
      <translation>这次维修已有维修单 {number}：请打印副本，或出具更正。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="433" />
      <source>This return has no decision to carry out.</source>
      <translation>此退换货单没有待执行的决定。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/signing.py" line="29" />
      <source>This signature is too long: clear the pad and sign again.</source>
      <translation>签名过长：请清除签名板后重新签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="412" />
      <source>This site:</source>
      <translation>本站点：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="237" />
      <source>This slip cannot be rendered.</source>
      <translation>无法生成这张维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="125" />
      <source>This slip is not signed: preview it as a draft, or have the customer and the technician sign it first.</source>
      <translation>此维修单尚未签名：请以草稿预览，或先请客户和技术维修人员签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="252" />
      <source>This solved the problem</source>
      <translation>问题已解决</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="389" />
      <source>This stocktake counts only {category}.</source>
      <translation>本次盘点只盘点{category}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/suppliers.py" line="529" />
      <source>This supplier is inactive: reactivate it first.</source>
      <translation>该供应商已停用：请先重新启用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="105" />
      <source>This technician does not exist.</source>
      <translation>该技术维修人员不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="280" />
      <source>This transfer was already received.</source>
      <translation>该调拨已经入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="78" />
      <source>This user name is taken.</source>
      <translation>该用户名已被使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="530" />
      <source>This visit belongs to another job.</source>
      <translation>该上门记录属于其他工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="67" />
      <source>This week</source>
      <translation>本周</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/signing.py" line="17" />
      <source>Tick the confirmation: the customer agrees to sign with a typed name.</source>
      <translation>请勾选确认：客户同意以输入的姓名签署。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="323" />
      <source>Tick the confirmation: you sign this inspection with your typed name.</source>
      <translation>请勾选确认：您以输入的姓名签署此检验。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/field_view.py" line="66" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="163" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="714" />
      <source>Timeline</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="326" />
      <source>Timeline ({n})</source>
      <translation>处理记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="60" />
      <source>To be replaced</source>
      <translation>待更换</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="236" />
      <source>To issue: {lines}</source>
      <translation>待出库：{lines}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="197" />
      <source>To outlet:</source>
      <translation>调入网点：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="536" />
      <source>To {outlet}</source>
      <translation>调往 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="66" />
      <location filename="aftersales_desktop/gui/field_view.py" line="52" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="52" />
      <source>Tomorrow</source>
      <translation>明天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="69" />
      <source>Toner</source>
      <translation>硒鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="90" />
      <source>Toner, ink, drums and ribbons, with compatible printers and prices.</source>
      <translation>硒鼓、墨盒、感光鼓和色带，以及适用打印机和价格。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="237" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="151" />
      <source>Tools</source>
      <translation>工具</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="128" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="464" />
      <location filename="aftersales_desktop/slips/render.py" line="454" />
      <source>Total ({currency})</source>
      <translation>合计（{currency}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="360" />
      <source>Tracking number:</source>
      <translation>运单号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="51" />
      <source>Transfer in</source>
      <translation>调拨入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="50" />
      <source>Transfer out</source>
      <translation>调拨出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="247" />
      <source>Transfer received: {text}</source>
      <translation>调拨已入库：{text}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="191" />
      <source>Transfer stock</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="227" />
      <source>Transfer:</source>
      <translation>调拨单：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="374" />
      <source>Transfer…</source>
      <translation>调拨…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="288" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="244" />
      <source>Try again</source>
      <translation>重试</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="148" />
      <source>Two sites changed the same thing before they synced. The newer change is in force; the other is kept here until a manager decides.</source>
      <translation>两个站点在同步之前修改了同一项内容。较新的更改已生效；另一项保留在这里，等待管理人员决定。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="152" />
      <location filename="aftersales_desktop/slips/render.py" line="351" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="70" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="82" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="103" />
      <source>Type a model or name…</source>
      <translation>输入型号或名称…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="135" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="218" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="321" />
      <source>Type a model, e.g. CF283A</source>
      <translation>输入型号，例如：CF283A</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="384" />
      <source>Type a model…</source>
      <translation>输入型号…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="90" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="193" />
      <source>Type at least one character; pick the customer from the list.</source>
      <translation>请至少输入一个字符，然后从列表中选择客户。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="61" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/signatures.py" line="28" />
      <source>Typed name, confirmed</source>
      <translation>键入姓名并确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="526" />
      <source>Typed name, confirmed by the customer</source>
      <translation>键入姓名，经客户确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="277" />
      <source>Typed name, confirmed by the inspector</source>
      <translation>输入姓名，经检验人确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="527" />
      <source>Typed name, confirmed by the technician</source>
      <translation>键入姓名，经技术维修人员确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="432" />
      <source>Undo stroke</source>
      <translation>撤销一笔</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="403" />
      <source>Undo the last stroke on a signature pad</source>
      <translation>撤销签名板上的最后一笔</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="153" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="305" />
      <location filename="aftersales_desktop/services/requisitions.py" line="728" />
      <source>Unit</source>
      <translation>单位</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="154" />
      <source>Unit cost</source>
      <translation>单位成本</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="69" />
      <source>Unit cost (yuan):</source>
      <translation>单位成本（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="184" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="293" />
      <source>Unit cost (¥)</source>
      <translation>单位成本（¥）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="109" />
      <source>Unit cost (¥):</source>
      <translation>单位成本（¥）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="154" />
      <location filename="aftersales_desktop/slips/render.py" line="417" />
      <location filename="aftersales_desktop/slips/render.py" line="407" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="68" />
      <source>Unit price (yuan):</source>
      <translation>单价（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="234" />
      <source>Unit price (¥)</source>
      <translation>单价（¥）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="67" />
      <source>Unit:</source>
      <translation>单位：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="579" />
      <source>Units</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="376" />
      <source>Units defective:</source>
      <translation>不良数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="54" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="584" />
      <source>Units received</source>
      <translation>收货数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_feedback.py" line="51" />
      <source>Units received are those the supplier delivered of the batch, at every outlet; a defect rate above {limit} % is highlighted.</source>
      <translation>收货数量为该供应商交付的该批次在所有网点的数量；不良率高于 {limit}% 时突出显示。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="376" />
      <source>Units received:</source>
      <translation>收货数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="173" />
      <source>Unknown</source>
      <translation>未知</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/sync_problems.py" line="30" />
      <source>Unknown kind of change.</source>
      <translation>未知的更改类型。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="404" />
      <source>Unknown model '{model}': choose one from the catalog.</source>
      <translation>未知型号“{model}”：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="399" />
      <source>Unknown model: choose one from the catalog.</source>
      <translation>未知型号：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="536" />
      <source>Unknown part: choose one from the catalog.</source>
      <translation>未知备件：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="121" />
      <source>Unknown supplier</source>
      <translation>未知供应商</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="364" />
      <source>Unused</source>
      <translation>未使用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="96" />
      <source>Unused parts returned</source>
      <translation>未用备件已退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="96" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="63" />
      <source>Use 2-8 capital letters and digits, starting with a letter (e.g. SH01).</source>
      <translation>请使用 2-8 位大写字母和数字，以字母开头（例如 SH01）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="52" />
      <source>Use my saved signature</source>
      <translation>使用我已保存的签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="483" />
      <source>Use “New requisition…” to ask for parts.</source>
      <translation>请用“新建申领…”申领备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="119" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="42" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="396" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="54" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="75" />
      <source>User names use letters, digits and . _ - without spaces.</source>
      <translation>用户名只能包含字母、数字和 . _ -，不能有空格。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="168" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="576" />
      <source>Value</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="150" />
      <source>Value in force</source>
      <translation>现行值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="222" />
      <source>Value in force kept: {record}.</source>
      <translation>已保留现行值：{record}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/inspection_report.py" line="234" />
      <source>Verdict</source>
      <translation>检验结论</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="141" />
      <source>Verdict:</source>
      <translation>检验结论：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="282" />
      <source>Via {channel}, {time} by {name}</source>
      <translation>{name} 于 {time} 通过{channel}受理</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="274" />
      <source>Visit</source>
      <translation>上门记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="256" />
      <source>Visit booked for {time} with {name}</source>
      <translation>已预约 {name} 于 {time} 上门</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="41" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="81" />
      <source>Visit scheduled</source>
      <translation>已预约上门</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="76" />
      <source>Visit scheduled with {name}</source>
      <translation>已预约 {name} 上门</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="285" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="94" />
      <location filename="aftersales_desktop/slips/visit_sheet.py" line="134" />
      <source>Visit sheet</source>
      <translation>外出工作单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="164" />
      <location filename="aftersales_desktop/services/field.py" line="215" />
      <source>Visits</source>
      <translation>上门记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="338" />
      <source>Visits ({n})</source>
      <translation>上门记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="989" />
      <source>Waiting for a manager's approval</source>
      <translation>等待售后管理人员审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/requisitions.py" line="58" />
      <location filename="aftersales_desktop/gui/site_model.py" line="19" />
      <source>Waiting for approval</source>
      <translation>待审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/state.py" line="46" />
      <source>Waiting for bundle {seq} of site {site} since {since}: a later bundle is on the share, this one is not yet.</source>
      <translation>自 {since} 起一直在等待站点 {site} 的同步包 {seq}：共享文件夹中已有更晚的同步包，但这一个还没有到。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="142" />
      <source>Waiting for head office</source>
      <translation>等待总部批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="480" />
      <location filename="aftersales_desktop/sync/engine.py" line="299" />
      <source>Waiting for head office to approve this installation.</source>
      <translation>等待总部批准本机加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="49" />
      <source>Walk-in</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="51" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="43" />
      <source>Welcome</source>
      <translation>欢迎</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="317" />
      <source>Went out / came in: {kinds}</source>
      <translation>发出 / 收到：{kinds}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="209" />
      <source>What changes</source>
      <translation>更正内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="156" />
      <source>What does the customer see? Since when? Which printer?</source>
      <translation>客户看到什么现象？从何时开始？用在哪台打印机上？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="204" />
      <source>What every repair slip prints. A signed slip keeps the terms it was signed with; changes apply to slips signed from now on.</source>
      <translation>每张维修单打印的内容。已签署的维修单保留签署时的条款；修改只适用于今后签署的维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="117" />
      <source>What happened</source>
      <translation>发生了什么</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="174" />
      <source>What is the customer still unhappy with?</source>
      <translation>客户对哪里仍不满意？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="226" />
      <source>What is wrong, as the customer describes it</source>
      <translation>客户所述的问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="161" />
      <source>What makes this fault need the manager?</source>
      <translation>为什么需要售后管理人员协调处理？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="442" />
      <source>What the customer said</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="272" />
      <source>What the customer was told, and what they said</source>
      <translation>告知客户的内容及客户的答复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="273" />
      <source>What:</source>
      <translation>内容：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="157" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="579" />
      <source>Where found</source>
      <translation>发现途径</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="121" />
      <source>Who may log in at this outlet, and in which role.</source>
      <translation>可登录本网点的人员及其角色。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="187" />
      <source>Why is the job cancelled?</source>
      <translation>为什么取消工单？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/problems_tab.py" line="86" />
      <source>Why it was refused</source>
      <translation>拒绝原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="97" />
      <source>Within the return conditions</source>
      <translation>符合退换货条件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="349" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="288" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="124" />
      <source>Work done</source>
      <translation>维修过程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="165" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="63" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="145" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="706" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="95" />
      <source>You cannot disable your own account.</source>
      <translation>不能停用自己的账号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="96" />
      <source>You cannot take away your own manager role.</source>
      <translation>不能取消自己的售后管理人员角色。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="284" />
      <source>You have no saved signature yet: sign on the pad (and save it for next time).</source>
      <translation>您还没有保存的签名：请在签名板上签名（并保存供下次使用）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="164" />
      <source>You may close this window: the request stays on the share, and the next start continues here.</source>
      <translation>可以关闭此窗口：申请保留在共享文件夹中，下次启动时从这里继续。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="48" />
      <source>Your role ({role}) may not do this.</source>
      <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="336" />
      <source>Your service outlet</source>
      <translation>您的售后维修网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/backup_actions.py" line="200" />
      <source>Zip archives (*.zip)</source>
      <translation>Zip 压缩包 (*.zip)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="20" />
      <source>a different share</source>
      <translation>不是同一个共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="22" />
      <source>access revoked</source>
      <translation>访问权限已被吊销</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="54" />
      <source>bottle</source>
      <translation>瓶</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="54" />
      <source>box</source>
      <translation>盒</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="26" />
      <source>cannot read or write the share</source>
      <translation>无法读写共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="109" />
      <source>compensation {amount}</source>
      <translation>补偿 {amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="983" />
      <source>compensation {amount} ({reason})</source>
      <translation>补偿 {amount}（{reason}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="51" />
      <source>e.g. 1,500 pages, black</source>
      <translation>例如：1,500 页，黑色</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="107" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="82" />
      <source>e.g. 13812345678 or 021-62345678</source>
      <translation>例如：13812345678 或 021-62345678</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="369" />
      <source>e.g. 2026-10 or 2026-Q4</source>
      <translation>例如：2026-10 或 2026-Q4</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="359" />
      <source>e.g. 268.00 for the whole quantity</source>
      <translation>例如：268.00（全部数量合计）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="47" />
      <source>e.g. 83A black toner</source>
      <translation>例如：83A 黑色硒鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="88" />
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="105" />
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="217" />
      <source>e.g. A-01</source>
      <translation>例如 A-01</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="45" />
      <source>e.g. CF283A</source>
      <translation>例如：CF283A</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="43" />
      <source>e.g. HP</source>
      <translation>例如：HP</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="49" />
      <source>e.g. LaserJet Pro M125, M127</source>
      <translation>例如：LaserJet Pro M125, M127</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="85" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="343" />
      <source>e.g. SH01</source>
      <translation>例如：SH01</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="346" />
      <source>e.g. Shanghai Pudong outlet</source>
      <translation>例如：上海浦东网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="76" />
      <source>e.g. \\nas\aftersales or Z:\aftersales</source>
      <translation>例如 \\nas\aftersales 或 Z:\aftersales</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="257" />
      <source>e.g. expired, damaged in transport</source>
      <translation>例如：过期、运输损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="126" />
      <source>e.g. for tomorrow's visits in Pudong</source>
      <translation>例如：明天浦东的上门维修</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="390" />
      <source>e.g. li.wei</source>
      <translation>例如：li.wei</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="277" />
      <source>e.g. miscounted at receipt</source>
      <translation>例如：入库时点错数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="83" />
      <source>e.g. monthly stocktake</source>
      <translation>例如：月度盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="297" />
      <source>e.g. printed 20 test pages, no streaks</source>
      <translation>例如：打印 20 张测试页，无条纹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="115" />
      <source>e.g. printed 20 test pages: streaks on the left</source>
      <translation>例如：打印 20 张测试页，左侧有条纹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="339" />
      <source>e.g. return or inspection number</source>
      <translation>例如：退货单号或检验单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="248" />
      <source>e.g. take the cartridge out and shake it gently</source>
      <translation>例如：取出硒鼓，轻轻摇匀</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="238" />
      <source>e.g. vacuum, test pages, multimeter</source>
      <translation>例如：吸尘器、测试页、万用表</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="213" />
      <source>e.g. wrong unit price entered</source>
      <translation>例如：单价录入错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="79" />
      <source>e.g. 广州华彩耗材有限公司</source>
      <translation>例如：广州华彩耗材有限公司</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="88" />
      <source>e.g. 李伟的笔记本</source>
      <translation>例如：李伟的笔记本</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="190" />
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="34" />
      <source>just now</source>
      <translation>刚刚</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="973" />
      <source>leaks</source>
      <translation>有泄漏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="434" />
      <source>minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="111" />
      <source>needs a manager's approval</source>
      <translation>需经理审核</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="88" />
      <source>never</source>
      <translation>从未</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="951" />
      <source>no quality problem</source>
      <translation>无质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="144" />
      <source>no secure key store</source>
      <translation>没有安全的密钥存储</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="220" />
      <source>none</source>
      <translation>无</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="141" />
      <source>or a job number</source>
      <translation>或工单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="971" />
      <source>packaging intact</source>
      <translation>包装完好</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="971" />
      <source>packaging opened</source>
      <translation>包装已拆封</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="974" />
      <source>physical damage</source>
      <translation>外观损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="54" />
      <source>piece</source>
      <translation>个</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="950" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="922" />
      <source>quality problem</source>
      <translation>质量问题</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="982" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="107" />
      <source>refund {amount}</source>
      <translation>退款 {amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="23" />
      <source>restored from an old backup</source>
      <translation>从旧备份恢复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/quality.py" line="57" />
      <source>returned to the customer</source>
      <translation>退还客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="73" />
      <source>see the Sync page</source>
      <translation>请查看“同步”页面</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="54" />
      <source>set</source>
      <translation>套</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="19" />
      <source>share folder empty or not mounted</source>
      <translation>共享文件夹为空或未挂载</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="21" />
      <source>share marker unreadable</source>
      <translation>无法读取共享标识</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="24" />
      <source>share roster was rolled back</source>
      <translation>站点名册被回退</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="972" />
      <source>signs of use</source>
      <translation>有使用痕迹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="25" />
      <source>site key not available</source>
      <translation>站点密钥不可用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="343" />
      <source>test failed</source>
      <translation>测试未通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="343" />
      <source>test passed</source>
      <translation>测试通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="232" />
      <location filename="aftersales_desktop/gui/jobs_view.py" line="175" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="972" />
      <source>unused</source>
      <translation>未使用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="155" />
      <source>{changed} of {total} lines differ from the book; net value {value}.</source>
      <translation>共 {total} 行中有 {changed} 行与账面不符；净差额 {value}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="448" />
      <source>{counted} of {total} lines counted</source>
      <translation>已盘点 {counted} / {total} 行</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/field.py" line="176" />
      <source>{count} changes on this laptop are not on the share yet.</source>
      <translation>本机有 {count} 项更改尚未同步到共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="142" />
      <source>{count} printers installed; none used for slips yet.</source>
      <translation>已安装 {count} 台打印机；尚未用于打印单据。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="153" />
      <source>{days} days since purchase: beyond the {window} days for quality problems.</source>
      <translation>距购买已 {days} 天：超过质量问题的 {window} 天期限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="159" />
      <source>{days} days since purchase: beyond the {window} days for returns without a quality problem.</source>
      <translation>距购买已 {days} 天：超过无质量问题退货的 {window} 天期限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="151" />
      <source>{days} days since purchase: within the {window} days for quality problems.</source>
      <translation>距购买 {days} 天：在质量问题的 {window} 天期限内。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/return_policy.py" line="156" />
      <source>{days} days since purchase: within the {window} days for returns without a quality problem.</source>
      <translation>距购买 {days} 天：在无质量问题退货的 {window} 天期限内。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="124" />
      <source>{decision} by {name} at {time}</source>
      <translation>{name} 于 {time} {decision}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="49" />
      <source>{device} (this computer)</source>
      <translation>{device}（本机）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="131" />
      <source>{document} {number} was decided on two computers while they were apart. In force: {kept}. Set aside, its stock effects reversed: {lost}.</source>
      <translation>{document} {number} 在两台电脑离线期间各自作出了决定。生效的是：{kept}。作废并冲销其库存影响的是：{lost}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="45" />
      <source>{d} d {h} h</source>
      <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="289" />
      <source>{elapsed} s so far</source>
      <translation>已用 {elapsed} 秒</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="286" />
      <source>{elapsed} s so far, about {left} s left</source>
      <translation>已用 {elapsed} 秒，约剩 {left} 秒</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="670" />
      <source>{flag}: scored {score} for {period}, below the pass mark {threshold}.</source>
      <translation>{flag}：{period} 得分 {score}，低于合格线 {threshold}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="47" />
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="318" />
      <source>{kind} {sent} / {received}</source>
      <translation>{kind} {sent} / {received}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="999" />
      <source>{kind}: {quantity} at {location}, batch {batch}</source>
      <translation>{kind}：{quantity}，存放位置 {location}，批次 {batch}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="195" />
      <source>{label}:</source>
      <translation>{label}：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="440" />
      <source>{minutes} min × {rate}/h</source>
      <translation>{minutes} 分钟 × {rate}/小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="126" />
      <source>{minutes} min, {amount}</source>
      <translation>{minutes} 分钟，{amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stocktakes.py" line="413" />
      <source>{missing} of {total} lines are not counted yet.</source>
      <translation>共 {total} 行中还有 {missing} 行未盘点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="49" />
      <source>{m} min</source>
      <translation>{m} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="667" />
      <source>{name} (inactive)</source>
      <translation>{name}（已停用）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="181" />
      <source>{name} (retired)</source>
      <translation>{name}（已淘汰）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="311" />
      <source>{name} ({role})</source>
      <translation>{name}（{role}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="303" />
      <source>{name} holds no outlet: it was made before the outlet was set up.</source>
      <translation>{name} 中没有网点：它是在设置网点之前创建的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="661" />
      <source>{name} in the folder of site {site} on the share is not a regular file (a link, a folder, a FIFO or a device): it is ignored and never read.</source>
      <translation>共享文件夹中站点 {site} 目录下的 {name} 不是普通文件（而是链接、文件夹、管道或设备）：已忽略，不会读取。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="291" />
      <source>{name} is a SQLite file but not an after-sales database.</source>
      <translation>{name} 是 SQLite 文件，但不是售后数据库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="307" />
      <location filename="aftersales_desktop/backup.py" line="287" />
      <location filename="aftersales_desktop/backup.py" line="378" />
      <source>{name} is damaged: {detail}</source>
      <translation>{name} 已损坏：{detail}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="282" />
      <source>{name} is not a database backup (it is not a SQLite file).</source>
      <translation>{name} 不是数据库备份（不是 SQLite 文件）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/backup.py" line="296" />
      <source>{name} was made by a newer version of the application (schema {revision}); install that version to restore it.</source>
      <translation>{name} 由较新版本的应用程序创建（数据格式 {revision}）；请安装该版本后再恢复。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="409" />
      <source>{name}, {phone} (quality case {number})</source>
      <translation>{name}，{phone}（质量问题单 {number}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/field_view.py" line="268" />
      <source>{name}: {today} visits today, {tomorrow} tomorrow</source>
      <translation>{name}：今天 {today} 次上门，明天 {tomorrow} 次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="373" />
      <source>{number} rev. {revision}</source>
      <translation>{number} 修订版 {revision}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="356" />
      <source>{number} rev. {revision}, signed by {name}</source>
      <translation>{number} 修订版 {revision}，{name} 签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="670" />
      <source>{number} revision {revision} matches the record, but it was corrected: revision {latest} is the one in force.</source>
      <translation>{number} 修订版 {revision} 与记录一致，但已被更正：现行有效的是修订版 {latest}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="672" />
      <source>{number} revision {revision} matches the record.</source>
      <translation>{number} 修订版 {revision} 与记录一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="402" />
      <source>{number} · {category} · {status}</source>
      <translation>{number} · {category} · {status}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="828" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="939" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="590" />
      <source>{number} · {status}</source>
      <translation>{number} · {status}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="278" />
      <source>{number}: customer contact recorded</source>
      <translation>{number}：已记录客户联系</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="328" />
      <source>{number}: issued</source>
      <translation>{number}：已出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="402" />
      <source>{number}: unused parts booked back</source>
      <translation>{number}：未用备件已退回入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="259" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="297" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="511" />
      <source>{number}: {status}</source>
      <translation>{number}：{status}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="46" />
      <source>{n} changes waiting</source>
      <translation>{n} 项更改待同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="39" />
      <source>{n} days ago</source>
      <translation>{n} 天前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="203" />
      <source>{n} found; pick one, or use the 'New customer' tab.</source>
      <translation>找到 {n} 位；请选择一位，或使用“新客户”页。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="38" />
      <source>{n} h ago</source>
      <translation>{n} 小时前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="265" />
      <source>{n} jobs</source>
      <translation>共 {n} 个工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="346" />
      <source>{n} min</source>
      <translation>{n} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="36" />
      <source>{n} min ago</source>
      <translation>{n} 分钟前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/site_model.py" line="89" />
      <source>{n}+</source>
      <translation>{n}+</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="189" />
      <source>{part} (on hand {quantity}):</source>
      <translation>{part}（现有 {quantity}）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="467" />
      <source>{part} at {location}: {message}</source>
      <translation>{part}（{location}）：{message}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="129" />
      <source>{part} at {price} from {supplier}</source>
      <translation>{supplier} 供应 {part}，价格 {price}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="452" />
      <source>{part} batch {batch} ({quantity}) on {date}</source>
      <translation>{part} 批次 {batch}（{quantity}）于 {date} 过期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="817" />
      <source>{part} removed from {supplier}'s parts</source>
      <translation>已从 {supplier} 的供应备件中移除 {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="393" />
      <source>{part}:</source>
      <translation>{part}：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="366" />
      <source>{part}: {held}, {left} after this repair</source>
      <translation>{part}：持有 {held}，本次维修后剩 {left}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="243" />
      <source>{part}: {missing} not on hand</source>
      <translation>{part}：缺货 {missing}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="234" />
      <source>{part}: {quantity}</source>
      <translation>{part}：{quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="448" />
      <source>{part}: {quantity} of {safety}</source>
      <translation>{part}：{quantity} / {safety}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="1045" />
      <source>{path} on the shared folder is larger than {limit} bytes: it is ignored.</source>
      <translation>共享文件夹中的 {path} 超过 {limit} 字节：已忽略。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="1041" />
      <source>{path} on the shared folder is not a regular file (a link, a folder, a FIFO or a device): it is ignored.</source>
      <translation>共享文件夹中的 {path} 不是普通文件（而是链接、文件夹、管道或设备）：已忽略。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/inspection_dialog.py" line="242" />
      <source>{photo} cannot be read as a picture.</source>
      <translation>无法将 {photo} 读取为图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="333" />
      <source>{photo} is larger than 5 MB as stored: make the picture smaller.</source>
      <translation>{photo} 存储后超过 5 MB：请缩小图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/inspections.py" line="331" />
      <source>{photo} is not a JPEG or PNG image.</source>
      <translation>{photo} 不是 JPEG 或 PNG 图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="138" />
      <source>{printer} (not connected)</source>
      <translation>{printer}（未连接）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="352" />
      <source>{qty} × {part} at {price}</source>
      <translation>{qty} × {part}，单价 {price}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="398" />
      <source>{qty} × {price} = {amount}</source>
      <translation>{qty} × {price} = {amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="349" />
      <source>{quantity} defective × {part} recorded for {supplier}</source>
      <translation>已为 {supplier} 登记不良品 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="223" />
      <source>{quantity} × {part} from {outlet}, batch {batch}, sent {at}</source>
      <translation>{quantity} × {part}，来自 {outlet}，批次 {batch}，发出于 {at}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="703" />
      <source>{quantity} × {part}, batch {batch}, {cost} each</source>
      <translation>{quantity} × {part}，批次 {batch}，单价 {cost}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="954" />
      <source>{quantity} × {product}, batch {batch}</source>
      <translation>{quantity} × {product}，批次 {batch}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="679" />
      <source>{score} for {period} (pass mark {threshold})</source>
      <translation>{period} 得分 {score}（合格线 {threshold}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="314" />
      <source>{site} (re-key of {old})</source>
      <translation>{site}（{old} 的重新密钥）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="714" />
      <source>{site} is revoked.</source>
      <translation>{site} 已被吊销。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="692" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="700" />
      <source>{site} may now sync.</source>
      <translation>{site} 现在可以同步了。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="50" />
      <source>{span} left</source>
      <translation>剩余 {span}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/quality_view.py" line="841" />
      <location filename="aftersales_desktop/gui/quality_view.py" line="1004" />
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="604" />
      <source>{step} by {name}</source>
      <translation>{step}（{name}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stocktake_view.py" line="404" />
      <source>{step} by {name} at {time}</source>
      <translation>{step}（{name}，{time}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/suppliers_view.py" line="440" />
      <source>{supplier} evaluated for {period}: score {score}</source>
      <translation>{supplier} {period} 评估完成：得分 {score}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/requisitions_view.py" line="696" />
      <source>{title} {number}</source>
      <translation>{title} {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="79" />
      <source>{width} mm roll, {length} mm long</source>
      <translation>{width} mm 卷纸，长 {length} mm</translation>
    </message>
    <message>
      <source>&amp;Find job…</source>
      <translation type="vanished">查找工单(&amp;F)…</translation>
    </message>
    <message>
      <source>Access</source>
      <translation type="vanished">访问权限</translation>
    </message>
    <message>
      <source>Count stock</source>
      <translation type="vanished">库存盘点</translation>
    </message>
    <message>
      <source>Count…</source>
      <translation type="vanished">盘点…</translation>
    </message>
    <message>
      <source>New job…</source>
      <translation type="vanished">新建工单…</translation>
    </message>
    <message>
      <source>No usable Chinese TrueType font was found. Install WenQuanYi Micro Hei or Droid Sans Fallback, or choose a font file in Settings. Looked in: {places}</source>
      <translation type="vanished">未找到可用的中文 TrueType 字体。请安装文泉驿微米黑（WenQuanYi Micro Hei）或 Droid Sans Fallback，或在设置中选择字体文件。已查找：{places}</translation>
    </message>
    <message>
      <source>Only a manager may allow negative stock.</source>
      <translation type="vanished">只有经理可以允许负库存。</translation>
    </message>
    <message>
      <source>Outlet settings</source>
      <translation type="vanished">网点设置</translation>
    </message>
    <message>
      <source>Parts and stock</source>
      <translation type="vanished">备件和库存</translation>
    </message>
    <message>
      <source>Site {site} has two different histories from bundle {seq} on (it was probably restored from an old backup). Its changes are no longer applied here until head office sorts it out.</source>
      <translation type="vanished">站点 {site} 从数据包 {seq} 起出现两条不同的历史（可能是从旧备份恢复的）。在总部处理之前，本机不再应用它的更改。</translation>
    </message>
    <message>
      <source>Sync finished: published {published} changes, applied {applied}, skipped {skipped}, quarantined {quarantined}, conflicts {conflicts}, {waiting} waiting.</source>
      <translation type="vanished">同步完成：发布 {published} 项更改，应用 {applied} 项，跳过 {skipped} 项，隔离 {quarantined} 个，冲突 {conflicts} 个，{waiting} 项等待中。</translation>
    </message>
    <message>
      <source>Sync finished: {summary}</source>
      <translation type="vanished">同步完成：{summary}</translation>
    </message>
    <message>
      <source>Take in a new service job (Ctrl+N)</source>
      <translation type="vanished">受理新的售后工单（Ctrl+N）</translation>
    </message>
    <message>
      <source>The share holds bundles {first} to {last} of this installation that its database does not know: it was restored from an old backup. Publishing is stopped so history does not fork; ask head office to re-join this installation as a new site.</source>
      <translation type="vanished">共享文件夹中有本机的数据包 {first} 至 {last}，而本机数据库并不知道它们：本机是从旧备份恢复的。为避免历史分叉，已停止发布；请总部将本机作为新站点重新加入。</translation>
    </message>
    <message>
      <source>The share offers roster version {found} but this site has already seen version {expected}: roster files were removed or restored from an old copy.</source>
      <translation type="vanished">共享文件夹提供的站点名册版本为 {found}，但本站点已见过版本 {expected}：名册文件被删除，或从旧副本恢复过。</translation>
    </message>
    <message>
      <source>This installation was restored from an old backup: its bundles on the share go further than its database. Publishing is stopped.</source>
      <translation type="vanished">本机是从旧备份恢复的：共享文件夹中它的数据包比其数据库更新。已停止发布。</translation>
    </message>
    <message>
      <source>This site</source>
      <translation type="vanished">本站点</translation>
    </message>
    <message>
      <source>Waiting for</source>
      <translation type="vanished">等待</translation>
    </message>
    <message>
      <source>bundle {seq} (a gap: later bundles are there)</source>
      <translation type="vanished">同步包 {seq}（中间缺失：后面的同步包已到）</translation>
    </message>
    <message>
      <source>bundle {seq}: its history forked</source>
      <translation type="vanished">同步包 {seq}：其历史出现分叉</translation>
    </message>
    <message>
      <source>e.g. urgent repair, delivery on its way</source>
      <translation type="vanished">例如：紧急维修，备件在途</translation>
    </message>
    <message>
      <source>head office to assign it to an outlet</source>
      <translation type="vanished">总部将其分配到网点</translation>
    </message>
    <message>
      <source>two different bundles {seq} from one site: its changes are held</source>
      <translation type="vanished">同一站点的两个不同的同步包 {seq}：暂停接收其更改</translation>
    </message>
    <message>
      <source>{device} · numbers …-{letter}0001</source>
      <translation type="vanished">{device} · 编号 …-{letter}0001</translation>
    </message>
  </context>
</TS>
