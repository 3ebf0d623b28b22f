<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
  <context>
    <name>aftersales</name>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="323" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="230" />
      <source> min</source>
      <translation> 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="97" />
      <source> per hour</source>
      <translation> /小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="218" />
      <source>&amp;About</source>
      <translation>关于(&amp;A)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="178" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="185" />
      <source>&amp;Find job…</source>
      <translation>查找工单(&amp;F)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="217" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="201" />
      <source>&amp;Log out</source>
      <translation>退出登录(&amp;L)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="179" />
      <source>&amp;New job</source>
      <translation>新建工单(&amp;N)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="204" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="194" />
      <source>&amp;Settings…</source>
      <translation>设置(&amp;S)…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="210" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="91" />
      <source>(empty)</source>
      <translation>（空）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="270" />
      <source>(no product)</source>
      <translation>（无产品）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="45" />
      <source>1 change waiting</source>
      <translation>1 项更改待同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="423" />
      <source>1 — very dissatisfied</source>
      <translation>1 — 非常不满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="422" />
      <source>2 — dissatisfied</source>
      <translation>2 — 不满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="422" />
      <source>3 — neutral</source>
      <translation>3 — 一般</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="421" />
      <source>4 — satisfied</source>
      <translation>4 — 满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="421" />
      <source>5 — very satisfied</source>
      <translation>5 — 非常满意</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="44" />
      <source>58 mm roll</source>
      <translation>58 mm 卷纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="44" />
      <source>80 mm roll</source>
      <translation>80 mm 卷纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="301" />
      <source>A job that is '{current}' cannot become '{target}'.</source>
      <translation>处于“{current}”状态的工单不能变为“{target}”。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="109" />
      <source>A job's status follows its history: reopen or cancel the job to change it.</source>
      <translation>工单状态由其历史记录决定：如需更改，请重新打开或取消该工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="509" />
      <source>A repair marked fixed needs a passed test.</source>
      <translation>标记为已修复的维修须通过维修后测试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="304" />
      <source>A saved signature can only be used by its owner, the repair's technician.</source>
      <translation>已保存的签名只能由本人（本次维修的技术维修人员）使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="408" />
      <source>A signed copy of all data on the share: a new outlet starts from it instead of replaying every change since the beginning.</source>
      <translation>在共享文件夹中发布一份带签名的全部数据副本：新网点从它开始，而不必从头重放每一项更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="474" />
      <source>A visit window is at most 12 hours.</source>
      <translation>上门时段最长为 12 小时。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="43" />
      <source>A4 sheet</source>
      <translation>A4 纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/slips.py" line="43" />
      <source>A5 sheet</source>
      <translation>A5 纸</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="338" />
      <source>About the after-sales desktop</source>
      <translation>关于售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="237" />
      <source>Access</source>
      <translation>访问权限</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="45" />
      <source>Account can log in</source>
      <translation>账号可以登录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="120" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="274" />
      <source>Active</source>
      <translation>启用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="59" />
      <source>Active:</source>
      <translation>启用：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="233" />
      <source>Add note</source>
      <translation>添加备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="37" />
      <source>Add note…</source>
      <translation>添加备注…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="357" />
      <source>Add part</source>
      <translation>添加备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="30" />
      <source>Add product</source>
      <translation>添加产品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="97" />
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
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="114" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="155" />
      <source>Address</source>
      <translation>地址</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="37" />
      <source>Address:</source>
      <translation>地址：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="109" />
      <source>Add…</source>
      <translation>添加…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="57" />
      <location filename="aftersales_desktop/gui/login_dialog.py" line="29" />
      <source>After-sales desktop</source>
      <translation>售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="339" />
      <source>After-sales desktop {version}

Service jobs, on-site visits and repair slips for printer consumables, working offline.</source>
      <translation>售后服务桌面版 {version}

打印耗材的售后工单、上门维修和维修单管理，支持离线使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="58" />
      <source>After-sales desktop — {outlet}</source>
      <translation>售后服务桌面版 — {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="79" />
      <source>Agenda</source>
      <translation>上门日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="138" />
      <source>All open</source>
      <translation>全部未结</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="141" />
      <source>All statuses</source>
      <translation>全部状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="219" />
      <source>Allow negative stock, reason:</source>
      <translation>允许负库存，原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="351" />
      <source>Also save the join request to a file, to carry to head office (USB stick)</source>
      <translation>同时将加入申请保存为文件，带给总部（U 盘）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="512" />
      <location filename="aftersales_desktop/slips/render.py" line="501" />
      <source>Amount</source>
      <translation>金额</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="349" />
      <source>An outlet joins the share head office set up. Head office then approves it after comparing this site's key fingerprint.</source>
      <translation>网点加入总部建立的共享文件夹。总部核对本站点的密钥指纹后予以批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="161" />
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
      <location filename="aftersales_desktop/gui/sync_view.py" line="397" />
      <source>Approval:</source>
      <translation>审核：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="258" />
      <source>Approve</source>
      <translation>批准</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="257" />
      <source>Approve a join request brought on a USB stick.</source>
      <translation>批准用 U 盘带来的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="256" />
      <source>Approve from file…</source>
      <translation>从文件批准…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="444" />
      <source>Approved by head office.</source>
      <translation>总部已批准。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="156" />
      <source>Assign job</source>
      <translation>派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="179" />
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
      <location filename="aftersales_desktop/gui/job_detail.py" line="34" />
      <source>Assign…</source>
      <translation>派工…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="109" />
      <source>At most {limit} characters.</source>
      <translation>最多 {limit} 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="45" />
      <source>Awaiting return or exchange</source>
      <translation>待退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="119" />
      <source>Back</source>
      <translation>上一步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="480" />
      <source>Balance</source>
      <translation>结存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="456" />
      <source>Batch</source>
      <translation>批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="151" />
      <source>Batch:</source>
      <translation>批次：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="249" />
      <source>Before approving, ask the outlet to read out its key fingerprint on the phone and compare it with the one listed here.</source>
      <translation>批准之前，请网点通过电话读出其密钥指纹，并与此处列出的指纹核对。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="574" />
      <source>Below safety stock ({safety})</source>
      <translation>低于安全库存（{safety}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="533" />
      <source>Below safety stock:</source>
      <translation>低于安全库存：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="190" />
      <source>Between 1 and 720 hours.</source>
      <translation>请输入 1 到 720 小时。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="272" />
      <source>Bought: {date}</source>
      <translation>购买日期：{date}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="112" />
      <source>Brand</source>
      <translation>品牌</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="50" />
      <source>Brand:</source>
      <translation>品牌：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="155" />
      <source>Bring</source>
      <translation>携带</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="125" />
      <source>Browse…</source>
      <translation>浏览…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="481" />
      <source>By</source>
      <translation>经办人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="304" />
      <location filename="aftersales_desktop/slips/render.py" line="652" />
      <source>COPY {n}</source>
      <translation>副本 {n}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="418" />
      <source>Call the customer: is the problem solved, are they satisfied?</source>
      <translation>回访客户：问题是否解决？是否满意？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="54" />
      <location filename="aftersales_desktop/gui/login_dialog.py" line="51" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="120" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="216" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="218" />
      <source>Cancel job</source>
      <translation>取消工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="37" />
      <source>Cancel job…</source>
      <translation>取消工单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="170" />
      <location filename="aftersales_desktop/domain/jobs.py" line="47" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="85" />
      <source>Cancelled</source>
      <translation>已取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/support.py" line="113" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="588" />
      <source>Cannot do that</source>
      <translation>无法执行此操作</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="51" />
      <source>Cannot draw: type the name</source>
      <translation>无法手写：输入姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="139" />
      <source>Cannot open the outlet data</source>
      <translation>无法打开网点数据</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="159" />
      <source>Cannot read {path}: {reason}</source>
      <translation>无法读取 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="127" />
      <source>Cartridge not recognised / chip error</source>
      <translation>耗材无法识别 / 芯片错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="83" />
      <source>Catalog</source>
      <translation>产品目录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="371" />
      <source>Change folder…</source>
      <translation>更改文件夹…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="96" />
      <source>Changes travel between this site and the others through a shared folder.</source>
      <translation>本站点与其他站点之间通过共享文件夹交换更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="132" />
      <source>Channel</source>
      <translation>受理渠道</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="542" />
      <source>Charges</source>
      <translation>费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="643" />
      <source>Check code {code}</source>
      <translation>校验码 {code}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="58" />
      <source>Checking sync…</source>
      <translation>正在检查同步…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="112" />
      <source>Choose Chinese or English.</source>
      <translation>请选择中文或英文。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="152" />
      <source>Choose a logo</source>
      <translation>选择标志图片</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="157" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="374" />
      <source>Choose a part from the catalog.</source>
      <translation>请从产品目录中选择备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="164" />
      <source>Choose a slip font</source>
      <translation>选择维修单字体</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="313" />
      <source>Choose a technician.</source>
      <translation>请选择技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="158" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="249" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="312" />
      <source>Choose a technician…</source>
      <translation>请选择技术维修人员…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="309" />
      <source>Choose a transfer.</source>
      <translation>请选择一笔调拨。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="318" />
      <source>Choose an active technician.</source>
      <translation>请选择在职（已启用）的技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="600" />
      <source>Choose an empty shared folder for the new share</source>
      <translation>为新的共享选择一个空的共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="240" />
      <source>Choose another outlet to transfer to.</source>
      <translation>请选择要调拨到的其他网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="112" />
      <source>Choose image…</source>
      <translation>选择图片…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="402" />
      <source>Choose the product model from the catalog.</source>
      <translation>请从产品目录中选择产品型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="608" />
      <source>Choose the shared folder head office set up</source>
      <translation>选择总部建立的共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="626" />
      <source>Choose where the share is now</source>
      <translation>选择共享文件夹现在的位置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="420" />
      <source>Choose…</source>
      <translation>请选择…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="434" />
      <source>Clear</source>
      <translation>清除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="227" />
      <source>Click to open the Sync page.</source>
      <translation>单击打开“同步”页面。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="227" />
      <source>Click to sync now.</source>
      <translation>单击立即同步。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="163" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="36" />
      <source>Close (follow-up)…</source>
      <translation>回访结案…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="417" />
      <source>Close after follow-up</source>
      <translation>回访结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="427" />
      <source>Close job</source>
      <translation>结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="46" />
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
      <location filename="aftersales_desktop/gui/sync_view.py" line="41" />
      <location filename="aftersales_desktop/slips/render.py" line="441" />
      <source>Company</source>
      <translation>公司</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="113" />
      <source>Compatible printers</source>
      <translation>适用打印机</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="53" />
      <source>Compatible printers:</source>
      <translation>适用打印机：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="494" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="522" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="568" />
      <source>Conflicts</source>
      <translation>冲突</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="522" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="567" />
      <source>Conflicts ({n})</source>
      <translation>冲突（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="162" />
      <source>Correct (new revision)…</source>
      <translation>更正（新修订版）…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="156" />
      <source>Correct slip {number} (revision {revision})</source>
      <translation>更正维修单 {number}（修订版 {revision}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="363" />
      <source>Corrected</source>
      <translation>已更正</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="347" />
      <source>Count matches the ledger; nothing changed.</source>
      <translation>盘点数与台账一致，未作调整。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="336" />
      <source>Count stock</source>
      <translation>库存盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="339" />
      <source>Counted:</source>
      <translation>盘点数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="258" />
      <source>Counting…</source>
      <translation>正在统计…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="440" />
      <source>Count…</source>
      <translation>盘点…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="117" />
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
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="74" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="198" />
      <source>Customer</source>
      <translation>客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="441" />
      <source>Customer name</source>
      <translation>客户姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="29" />
      <source>Customer service</source>
      <translation>客服人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="180" />
      <location filename="aftersales_desktop/slips/render.py" line="615" />
      <source>Customer signature</source>
      <translation>客户签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <source>Customer signer</source>
      <translation>客户签名人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="302" />
      <source>DRAFT - NOT SIGNED</source>
      <translation>草稿 未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="255" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="42" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="84" />
      <source>Deleted</source>
      <translation>已删除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="179" />
      <source>Delivery note {reference} was already received for this part.</source>
      <translation>该备件的送货单 {reference} 已经入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="185" />
      <source>Delivery note:</source>
      <translation>送货单号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="377" />
      <source>Describe the fault.</source>
      <translation>请描述故障现象。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="507" />
      <source>Describe the post-repair test.</source>
      <translation>请描述维修后测试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="503" />
      <location filename="aftersales_desktop/services/slips.py" line="416" />
      <source>Describe the work done.</source>
      <translation>请描述维修过程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="159" />
      <source>Description</source>
      <translation>故障描述</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="157" />
      <source>Details</source>
      <translation>详情</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="339" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="318" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="221" />
      <source>Diagnosis</source>
      <translation>故障诊断</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="51" />
      <source>Disposal</source>
      <translation>报废</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="319" />
      <source>Dispose of stock</source>
      <translation>库存报废</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="327" />
      <source>Disposed of {quantity} × {part}</source>
      <translation>已报废 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="439" />
      <source>Dispose…</source>
      <translation>报废…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="169" />
      <source>Done</source>
      <translation>已完成</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="368" />
      <source>Double-click or press Enter to view, print or verify</source>
      <translation>双击或按回车键查看、打印或核验</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="74" />
      <source>Drum</source>
      <translation>感光鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="53" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="115" />
      <source>E-mail</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="30" />
      <source>Edit staff account</source>
      <translation>编辑员工账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="110" />
      <source>Edit…</source>
      <translation>编辑…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="42" />
      <source>Email</source>
      <translation>电子邮件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="46" />
      <source>Enter a phone number.</source>
      <translation>请输入电话号码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="90" />
      <source>Enter a price in yuan, such as 268.00.</source>
      <translation>请输入以元为单位的价格，例如 268.00。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="74" />
      <source>Enter a user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="113" />
      <source>Enter a whole number of at least 1.</source>
      <translation>请输入不小于 1 的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="197" />
      <source>Enter an amount in yuan, e.g. 12.50.</source>
      <translation>请输入以元为单位的金额，例如 12.50。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="110" />
      <source>Enter an hourly rate from ¥0 to ¥10,000.</source>
      <translation>请输入 ¥0 至 ¥10,000 之间的小时费率。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="476" />
      <source>Enter the address of the visit.</source>
      <translation>请输入上门地址。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="83" />
      <source>Enter the brand.</source>
      <translation>请输入品牌。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="291" />
      <source>Enter the counted quantity: a whole number, 0 or more.</source>
      <translation>请输入盘点数量：0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="45" />
      <location filename="aftersales_desktop/services/slips.py" line="414" />
      <source>Enter the customer's name.</source>
      <translation>请输入客户姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="502" />
      <location filename="aftersales_desktop/services/slips.py" line="415" />
      <source>Enter the diagnosis.</source>
      <translation>请输入故障诊断。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="84" />
      <source>Enter the model.</source>
      <translation>请输入型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="62" />
      <source>Enter the outlet code, such as SH01.</source>
      <translation>请输入网点代码，例如 SH01。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="66" />
      <source>Enter the outlet name.</source>
      <translation>请输入网点名称。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="78" />
      <source>Enter the person's name.</source>
      <translation>请输入姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="280" />
      <location filename="aftersales_desktop/services/stock.py" line="293" />
      <source>Enter the reason.</source>
      <translation>请输入原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="315" />
      <source>Enter the safety stock: a whole number, 0 or more.</source>
      <translation>请输入安全库存：0 或以上的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="259" />
      <source>Enter the signer's name as printed.</source>
      <translation>请输入签名人的正楷姓名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="130" />
      <source>Enter your password.</source>
      <translation>请输入密码。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="129" />
      <source>Enter your user name.</source>
      <translation>请输入用户名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="45" />
      <source>Error</source>
      <translation>错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="190" />
      <source>Escalate job</source>
      <translation>上报复杂故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="43" />
      <source>Escalated</source>
      <translation>已上报</translation>
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
      <location filename="aftersales_desktop/gui/main_window.py" line="78" />
      <source>Every customer request from intake to closure.</source>
      <translation>每个客户请求从受理到结案的全过程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="473" />
      <source>Exchange changes with the share now (F5)</source>
      <translation>立即与共享文件夹交换更改（F5）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="100" />
      <source>Existing customer</source>
      <translation>已有客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="47" />
      <source>Expected reply time</source>
      <translation>预计回复时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="457" />
      <source>Expires</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="176" />
      <source>Expires on</source>
      <translation>有效期至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="537" />
      <source>Expiring within 30 days:</source>
      <translation>30 天内过期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="184" />
      <source>Expiry:</source>
      <translation>有效期：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="468" />
      <source>Failed</source>
      <translation>未通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="157" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="220" />
      <source>Fault</source>
      <translation>故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="480" />
      <source>Fault and repair</source>
      <translation>故障与维修</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="473" />
      <source>Fault confirmed</source>
      <translation>故障已确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="314" />
      <source>Fault confirmed on arrival</source>
      <translation>到场后已确认故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="315" />
      <location filename="aftersales_desktop/slips/render.py" line="472" />
      <source>Fault symptom</source>
      <translation>故障现象</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="148" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="428" />
      <source>Filter by model or name…</source>
      <translation>按型号或名称筛选…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="374" />
      <source>Find the customer or enter a new one.</source>
      <translation>请查找客户或录入新客户。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="372" />
      <source>Find the share somewhere else, for example after its drive letter changed. It must be the same share.</source>
      <translation>在其他位置查找共享文件夹，例如盘符改变之后。必须是同一个共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="68" />
      <source>First manager account</source>
      <translation>首个管理员账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="149" />
      <source>Fixed</source>
      <translation>已修复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="124" />
      <source>Found automatically</source>
      <translation>自动查找</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="623" />
      <source>From {outlet}</source>
      <translation>来自 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="83" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="55" />
      <source>Full name:</source>
      <translation>姓名：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="32" />
      <source>HQ analyst</source>
      <translation>总部数据分析员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="340" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="426" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="273" />
      <source>Head office</source>
      <translation>总部</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="503" />
      <source>Head office cannot revoke its own site.</source>
      <translation>总部不能吊销自己的站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="183" />
      <source>Head office has revoked this installation's access to the share.</source>
      <translation>总部已撤销本机对共享文件夹的访问权限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="342" />
      <source>Head office sets the share up once, in an empty folder, and then approves every outlet that asks to join.</source>
      <translation>总部在一个空文件夹中建立一次共享，之后批准每个申请加入的网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="480" />
      <source>Head office's own entry on the roster cannot be changed.</source>
      <translation>站点名册中总部自己的条目不能更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="100" />
      <source>High</source>
      <translation>高</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="50" />
      <source>Hotline</source>
      <translation>客服热线</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="59" />
      <source>Hours from intake until the customer is promised a reply, by priority. New jobs use these; existing jobs keep their promised time.</source>
      <translation>按优先级设置从受理到承诺回复客户的小时数。新工单使用这些设置；已有工单保持原来承诺的时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="153" />
      <source>Images (*.png *.jpg *.jpeg)</source>
      <translation>图片 (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="363" />
      <source>In force</source>
      <translation>有效</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="148" />
      <source>In force since</source>
      <translation>生效时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="42" />
      <source>In repair</source>
      <translation>维修中</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="43" />
      <source>Info</source>
      <translation>信息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="73" />
      <source>Ink cartridge</source>
      <translation>墨盒</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="47" />
      <source>Issue</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="211" />
      <source>Issue stock</source>
      <translation>出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="378" />
      <source>Issued</source>
      <translation>开单时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="246" />
      <source>Issued {quantity} × {part}</source>
      <translation>已出库 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="436" />
      <source>Issue…</source>
      <translation>出库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="39" />
      <source>Job</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="379" />
      <source>Job number</source>
      <translation>工单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="212" />
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
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="167" />
      <source>Job {number} assigned to {name}</source>
      <translation>工单 {number} 已派给 {name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="224" />
      <source>Job {number} cancelled</source>
      <translation>工单 {number} 已取消</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="433" />
      <source>Job {number} closed</source>
      <translation>工单 {number} 已结案</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="470" />
      <source>Job {number} created</source>
      <translation>已创建工单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="196" />
      <source>Job {number} escalated</source>
      <translation>工单 {number} 已上报</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="209" />
      <source>Job {number} reopened</source>
      <translation>工单 {number} 已重新打开</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="77" />
      <source>Jobs</source>
      <translation>工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="354" />
      <source>Join a share…</source>
      <translation>加入共享…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="620" />
      <source>Join request sent: read the key fingerprint on the Share tab to head office.</source>
      <translation>加入申请已发送：请将“共享”选项卡中的密钥指纹读给总部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="247" />
      <source>Join requests</source>
      <translation>加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="656" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="615" />
      <source>Join requests (*.join)</source>
      <translation>加入申请 (*.join)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="219" />
      <source>Keep job</source>
      <translation>保留工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="159" />
      <source>Keep value in force</source>
      <translation>保留现行值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="237" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="251" />
      <source>Key fingerprint</source>
      <translation>密钥指纹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="391" />
      <source>Key fingerprint:</source>
      <translation>密钥指纹：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="143" />
      <source>Known</source>
      <translation>已知购买日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="326" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="126" />
      <source>Labour</source>
      <translation>工时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="537" />
      <source>Labour cost</source>
      <translation>人工费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="504" />
      <source>Labour minutes cannot be negative.</source>
      <translation>工时（分钟）不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="418" />
      <source>Labour minutes from 0 to 1440.</source>
      <translation>工时须在 0 至 1440 分钟之间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="100" />
      <source>Labour rate</source>
      <translation>人工费率</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="152" />
      <source>Language</source>
      <translation>语言</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="63" />
      <source>Last successful sync: {time}</source>
      <translation>上次成功同步：{time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="128" />
      <source>Leaking toner or ink</source>
      <translation>漏粉或漏墨</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="52" />
      <source>Leave empty to keep the password</source>
      <translation>留空则保留原密码</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="608" />
      <source>Ledger of {part}</source>
      <translation>{part} 的备件库存台账</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="108" />
      <source>Level</source>
      <translation>级别</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="456" />
      <source>Location</source>
      <translation>存放位置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="481" />
      <source>Location · batch</source>
      <translation>存放位置 · 批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="148" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="361" />
      <source>Location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="493" />
      <source>Log</source>
      <translation>日志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="49" />
      <source>Log in</source>
      <translation>登录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="25" />
      <source>Log in — {outlet}</source>
      <translation>登录 — {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="119" />
      <source>Logo</source>
      <translation>标志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="149" />
      <source>Lost change made</source>
      <translation>被覆盖更改的时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="149" />
      <source>Lost value</source>
      <translation>被覆盖的值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="220" />
      <source>Lost value restored: {record}.</source>
      <translation>已恢复被覆盖的值：{record}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="102" />
      <source>Low</source>
      <translation>低</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="108" />
      <source>Message</source>
      <translation>消息</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="112" />
      <location filename="aftersales_desktop/slips/render.py" line="509" />
      <location filename="aftersales_desktop/slips/render.py" line="506" />
      <source>Model</source>
      <translation>型号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="51" />
      <source>Model:</source>
      <translation>型号：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="505" />
      <source>More than 24 hours of labour in one record: split it over visits.</source>
      <translation>一条维修记录的工时超过 24 小时，请按上门次数分开记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="480" />
      <source>Movement</source>
      <translation>出入库类型</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="79" />
      <location filename="aftersales_desktop/gui/main_window.py" line="80" />
      <source>My agenda</source>
      <translation>我的日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="112" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="111" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="119" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="52" />
      <source>Name:</source>
      <translation>名称：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="151" />
      <source>Needs return or exchange</source>
      <translation>需退换货</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="117" />
      <source>New customer</source>
      <translation>新客户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="164" />
      <source>New job</source>
      <translation>新建工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="60" />
      <source>New password:</source>
      <translation>新密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="46" />
      <source>New service job</source>
      <translation>新建售后工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="39" />
      <source>New, awaiting assignment</source>
      <translation>新建，待派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="118" />
      <source>Next</source>
      <translation>下一步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="68" />
      <source>Next 7 days</source>
      <translation>未来 7 天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="145" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="93" />
      <location filename="aftersales_desktop/slips/render.py" line="473" />
      <source>No</source>
      <translation>否</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="152" />
      <source>No conflicts to review.</source>
      <translation>没有需要审核的冲突。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="206" />
      <source>No customer found: use the 'New customer' tab.</source>
      <translation>未找到客户：请使用“新客户”页。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="241" />
      <source>No job has the number {number}.</source>
      <translation>没有编号为 {number} 的工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="147" />
      <source>No logo</source>
      <translation>无标志</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="264" />
      <source>No other outlet is known yet: outlets appear after a sync.</source>
      <translation>尚无其他网点：同步后才会出现其他网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="120" />
      <source>No parts</source>
      <translation>无更换部件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="487" />
      <source>No parts replaced.</source>
      <translation>未更换部件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="124" />
      <source>No products match.</source>
      <translation>没有匹配的产品。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="248" />
      <source>No secure key store is available on this computer (no system keyring). Set the environment variable {variable} to a folder only this user can read; the site key will then be kept there as a file.</source>
      <translation>本机没有可用的安全密钥存储（没有系统密钥环）。请将环境变量 {variable} 设为一个只有当前用户可以读取的文件夹，站点密钥将以文件形式保存在其中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="412" />
      <source>No signature</source>
      <translation>未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="115" />
      <source>No single join request matches {site}.</source>
      <translation>没有唯一与 {site} 相符的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="127" />
      <source>No single site of the roster matches {site}.</source>
      <translation>名册中没有唯一与 {site} 相符的站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="531" />
      <source>No slip numbered {number}.</source>
      <translation>没有编号为 {number} 的维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="670" />
      <source>No slip {number} is on record here (it may not have synced yet).</source>
      <translation>本机没有维修单 {number} 的记录（可能尚未同步）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="461" />
      <source>No stock on hand. Use “Receive…” to book parts in.</source>
      <translation>暂无库存。请用“入库…”登记备件入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="64" />
      <source>No successful sync yet.</source>
      <translation>尚未成功同步过。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="104" />
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
      <location filename="aftersales_desktop/services/stock.py" line="246" />
      <source>No such outlet.</source>
      <translation>没有该网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="120" />
      <source>No such part in the catalog.</source>
      <translation>目录中没有该备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="49" />
      <source>No such record.</source>
      <translation>没有这条记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="254" />
      <source>No such repair record.</source>
      <translation>没有这条维修记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="291" />
      <location filename="aftersales_desktop/services/stock.py" line="191" />
      <source>No such service job.</source>
      <translation>售后工单不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="470" />
      <source>No such slip.</source>
      <translation>没有这张维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="80" />
      <source>No such staff account.</source>
      <translation>员工账号不存在。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="195" />
      <source>No such staff member.</source>
      <translation>没有该员工。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="263" />
      <source>No such transfer to this outlet.</source>
      <translation>没有调拨到本网点的该调拨单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="161" />
      <source>No usable Chinese TrueType font was found. Install WenQuanYi Micro Hei or Droid Sans Fallback, or choose a font file in Settings. Looked in: {places}</source>
      <translation>未找到可用的中文 TrueType 字体。请安装文泉驿微米黑（WenQuanYi Micro Hei）或 Droid Sans Fallback，或在设置中选择字体文件。已查找：{places}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="299" />
      <source>No visit (bench or remote repair)</source>
      <translation>不上门（送修或远程维修）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="83" />
      <location filename="aftersales_desktop/gui/agenda_view.py" line="143" />
      <source>No visits in this period.</source>
      <translation>此期间没有上门安排。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="215" />
      <source>Nobody in particular</source>
      <translation>不指定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="101" />
      <source>Normal</source>
      <translation>普通</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="279" />
      <source>Not assigned yet</source>
      <translation>尚未派工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="84" />
      <source>Not deleted</source>
      <translation>未删除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="150" />
      <source>Not fixed (another visit needed)</source>
      <translation>未修复（需再次上门维修）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="60" />
      <source>Not joined to a share</source>
      <translation>未加入共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="634" />
      <source>Not signed</source>
      <translation>未签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="75" />
      <source>Not synced yet</source>
      <translation>尚未同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="172" />
      <source>Not yet (assign later)</source>
      <translation>暂不派工（稍后分配）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="86" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="154" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="162" />
      <source>Note</source>
      <translation>备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="239" />
      <source>Note added to job {number}</source>
      <translation>已为工单 {number} 添加备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="158" />
      <source>Note on the decision (optional)</source>
      <translation>决定说明（可选）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="262" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="293" />
      <source>Note:</source>
      <translation>备注：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="297" />
      <source>Nothing is in transit to this outlet.</source>
      <translation>没有调往本网点的在途备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="455" />
      <source>Nothing was changed: a correction must change something on the slip.</source>
      <translation>没有任何改动：更正必须修改维修单上的内容。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="161" />
      <source>Now assigned to</source>
      <translation>当前负责人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_model.py" line="48" />
      <source>Number</source>
      <translation>工单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="53" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="68" />
      <source>Offline: share not reachable</source>
      <translation>离线：无法访问共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="338" />
      <source>On the ledger:</source>
      <translation>台账数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="89" />
      <source>On-hand by location and batch, the spare-part ledger, and stock alerts.</source>
      <translation>按存放位置和批次的现有库存、备件库存台账及库存预警。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="81" />
      <source>On-site visits with their time, address, tools and parts to bring.</source>
      <translation>上门维修的时间、地址以及需携带的工具和备件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="51" />
      <source>Online service</source>
      <translation>在线客服</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="212" />
      <source>Only a manager may allow negative stock.</source>
      <translation>只有经理可以允许负库存。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="382" />
      <source>Only a manager or customer service may assign a job.</source>
      <translation>只有售后管理人员或客服人员可以派工。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="571" />
      <source>Only a repaired job (or one awaiting return) can be closed.</source>
      <translation>只有已维修（或待退换货）的工单才能结案。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="585" />
      <source>Only a repaired job awaiting follow-up can be reopened.</source>
      <translation>只有已维修、待回访的工单才能重新打开。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="329" />
      <source>Only an outlet manager can change how this installation syncs.</source>
      <translation>只有售后管理人员可以更改本机的同步方式。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="168" />
      <source>Only an outlet manager can decide conflicts.</source>
      <translation>只有售后管理人员可以处理冲突。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="427" />
      <source>Only head office can change the roster of this share.</source>
      <translation>只有总部可以更改此共享文件夹的站点名册。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="96" />
      <source>Only head office's installation can approve or revoke sites.</source>
      <translation>只有总部的安装才能批准或撤销站点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="151" />
      <source>Only {on_hand} on hand at location '{location}', batch '{batch}'.</source>
      <translation>存放位置“{location}”、批次“{batch}”的库存仅有 {on_hand}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="655" />
      <source>Open a join request</source>
      <translation>打开加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="213" />
      <source>Optional</source>
      <translation>可选</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="76" />
      <location filename="aftersales_desktop/domain/enums.py" line="132" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="333" />
      <location filename="aftersales_desktop/slips/render.py" line="477" />
      <source>Outcome</source>
      <translation>维修结果</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="347" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="426" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="273" />
      <source>Outlet</source>
      <translation>网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="35" />
      <source>Outlet code:</source>
      <translation>网点代码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="28" />
      <source>Outlet manager</source>
      <translation>售后管理人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="36" />
      <source>Outlet name:</source>
      <translation>网点名称：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="40" />
      <source>Outlet settings</source>
      <translation>网点设置</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="157" />
      <source>Overdue only</source>
      <translation>仅显示超时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="33" />
      <source>Overdue {span}</source>
      <translation>已超时 {span}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="293" />
      <source>PDF documents (*.pdf)</source>
      <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="653" />
      <source>Page {page} / {pages}</source>
      <translation>第 {page} / {pages} 页</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="151" />
      <source>Paper</source>
      <translation>纸张</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="129" />
      <source>Paper jam or noise</source>
      <translation>卡纸或异响</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="343" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="348" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="234" />
      <source>Part</source>
      <translation>备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="142" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="359" />
      <source>Part:</source>
      <translation>备件：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="253" />
      <location filename="aftersales_desktop/slips/render.py" line="536" />
      <source>Parts</source>
      <translation>备件费用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="320" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="125" />
      <location filename="aftersales_desktop/slips/render.py" line="485" />
      <source>Parts replaced</source>
      <translation>更换部件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="79" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="271" />
      <source>Parts to bring</source>
      <translation>需带备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="468" />
      <source>Passed</source>
      <translation>通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="85" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="62" />
      <source>Password again:</source>
      <translation>确认密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="43" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="84" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="60" />
      <source>Password:</source>
      <translation>密码：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="64" />
      <source>Period:</source>
      <translation>期间：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="112" />
      <location filename="aftersales_desktop/gui/job_model.py" line="52" />
      <source>Phone</source>
      <translation>电话</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="234" />
      <source>Phone call, agreement with the customer, anything worth keeping</source>
      <translation>电话沟通、与客户的约定等值得记录的内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="329" />
      <source>Phone {phone}</source>
      <translation>电话 {phone}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="38" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="57" />
      <source>Phone:</source>
      <translation>电话：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="131" />
      <source>Physical damage</source>
      <translation>外观损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="168" />
      <source>Planned</source>
      <translation>已预约</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="46" />
      <source>Please log in first.</source>
      <translation>请先登录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="341" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="327" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="223" />
      <source>Post-repair test</source>
      <translation>维修后测试</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="56" />
      <source>Preparing the demo outlet…</source>
      <translation>正在准备演示网点…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="171" />
      <source>Preview slip…</source>
      <translation>预览维修单…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="429" />
      <source>Prices cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="160" />
      <source>Print preview…</source>
      <translation>打印预览…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="126" />
      <source>Print quality (streaks, fading, smudges)</source>
      <translation>打印质量问题（条纹、颜色浅、污渍）</translation>
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
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="43" />
      <source>Printed name</source>
      <translation>正楷姓名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="201" />
      <source>Printed or saved {n} times.</source>
      <translation>已打印或保存 {n} 次。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="237" />
      <location filename="aftersales_desktop/gui/slip_printing.py" line="267" />
      <location filename="aftersales_desktop/gui/slip_printing.py" line="280" />
      <source>Printing failed</source>
      <translation>打印失败</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <source>Prints</source>
      <translation>打印次数</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="159" />
      <source>Print…</source>
      <translation>打印…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="166" />
      <location filename="aftersales_desktop/gui/job_model.py" line="50" />
      <source>Priority</source>
      <translation>优先级</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="263" />
      <source>Priority: {priority}</source>
      <translation>优先级：{priority}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="394" />
      <source>Private key kept in:</source>
      <translation>私钥保存位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="136" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="209" />
      <location filename="aftersales_desktop/gui/job_model.py" line="53" />
      <source>Product</source>
      <translation>产品</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="83" />
      <source>Product catalog</source>
      <translation>产品目录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="444" />
      <source>Product name</source>
      <translation>产品名称</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="406" />
      <source>Publish snapshot</source>
      <translation>发布快照</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="644" />
      <location filename="aftersales_desktop/sync/membership.py" line="152" />
      <source>Published the snapshot {name}.</source>
      <translation>已发布快照 {name}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="152" />
      <source>Purchase date</source>
      <translation>购买日期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="292" />
      <source>Put at location:</source>
      <translation>存放位置：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="510" />
      <location filename="aftersales_desktop/slips/render.py" line="500" />
      <source>Qty</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="511" />
      <source>Quantities are whole numbers from 1.</source>
      <translation>数量须为不小于 1 的整数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="428" />
      <source>Quantities cannot be negative.</source>
      <translation>数量不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="348" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="234" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="456" />
      <source>Quantity</source>
      <translation>数量</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="147" />
      <source>Quantity:</source>
      <translation>数量：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="564" />
      <source>Rate the customer's satisfaction from 1 to 5.</source>
      <translation>请按 1 到 5 评定客户满意度。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="68" />
      <source>Read the slip to the customer. The printed name above stands as their signature, and the slip says it was typed.</source>
      <translation>请向客户宣读维修单。上方输入的姓名即作为客户签名，维修单上会注明为输入签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="388" />
      <source>Read this out to head office on the phone: they compare it before approving this installation.</source>
      <translation>请通过电话将它读给总部：总部在批准本机之前会进行核对。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="263" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="544" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="442" />
      <source>Reading the share…</source>
      <translation>正在读取共享文件夹…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="190" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="203" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="216" />
      <source>Reason</source>
      <translation>原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="214" />
      <source>Reason for the correction</source>
      <translation>更正原因</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="320" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="340" />
      <source>Reason:</source>
      <translation>原因：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="46" />
      <source>Receipt</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="170" />
      <source>Receive stock</source>
      <translation>入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="280" />
      <source>Receive transfer</source>
      <translation>调拨入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="438" />
      <source>Receive transfer…</source>
      <translation>调拨入库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="202" />
      <source>Received {quantity} × {part}</source>
      <translation>已入库 {quantity} × {part}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="435" />
      <source>Receive…</source>
      <translation>入库…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="148" />
      <source>Record</source>
      <translation>记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="166" />
      <source>Record a new customer request (Ctrl+N)</source>
      <translation>登记新的客户请求（Ctrl+N）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="296" />
      <source>Record repair</source>
      <translation>填写维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="35" />
      <source>Record repair…</source>
      <translation>填写维修记录…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <source>Recorded</source>
      <translation>记录时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="481" />
      <source>Reference / note</source>
      <translation>单号 / 备注</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="72" />
      <source>Refresh</source>
      <translation>刷新</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="243" />
      <source>Refuse this site's changes from now on (a lost or stolen laptop).</source>
      <translation>从现在起拒绝该站点的更改（笔记本电脑丢失或被盗时）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="114" />
      <source>Remove</source>
      <translation>移除</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="358" />
      <source>Remove part</source>
      <translation>移除备件</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="114" />
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="220" />
      <source>Rendering…</source>
      <translation>正在生成…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="203" />
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
      <location filename="aftersales_desktop/slips/render.py" line="475" />
      <source>Repair process</source>
      <translation>维修过程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="82" />
      <source>Repair recorded</source>
      <translation>已填写维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="409" />
      <source>Repair recorded for job {number}: {outcome}</source>
      <translation>工单 {number} 已填写维修记录：{outcome}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="345" />
      <location filename="aftersales_desktop/slips/render.py" line="773" />
      <location filename="aftersales_desktop/slips/render.py" line="348" />
      <source>Repair slip</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="112" />
      <source>Repair slip {number}</source>
      <translation>维修单 {number}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="48" />
      <source>Repair slips</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="479" />
      <source>Repaired at</source>
      <translation>维修时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/jobs.py" line="44" />
      <source>Repaired, awaiting follow-up</source>
      <translation>已维修，待回访</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="163" />
      <source>Repairs</source>
      <translation>维修记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="358" />
      <source>Repairs ({n})</source>
      <translation>维修记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="21" />
      <source>Replied in time</source>
      <translation>已按时回复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="21" />
      <source>Replied late</source>
      <translation>回复超时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_model.py" line="56" />
      <source>Reply due</source>
      <translation>预计回复时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="238" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="297" />
      <location filename="aftersales_desktop/gui/job_model.py" line="209" />
      <source>Reply promised by {time}</source>
      <translation>预计回复时间：{time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="471" />
      <source>Reported fault</source>
      <translation>报修故障</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="122" />
      <source>Request</source>
      <translation>报修内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="251" />
      <source>Requested</source>
      <translation>申请时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="160" />
      <source>Restore lost value</source>
      <translation>恢复被覆盖的值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="48" />
      <source>Return of unused parts</source>
      <translation>未用备件退回</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="377" />
      <location filename="aftersales_desktop/slips/render.py" line="650" />
      <source>Revision</source>
      <translation>版本</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="448" />
      <source>Revision {revision} has been corrected already: correct the latest revision.</source>
      <translation>修订版 {revision} 已被更正：请更正最新的修订版。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="403" />
      <source>Revision {revision} — replaces revision {previous} (hash {hash}…) — reason: {reason}</source>
      <translation>第 {revision} 版 — 取代第 {previous} 版（校验值 {hash}…）— 更正原因：{reason}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="667" />
      <source>Revoke a site</source>
      <translation>吊销站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="668" />
      <source>Revoke {site}? Its changes are refused from now on. Do this for a lost or stolen laptop; the site must join again as a new installation.</source>
      <translation>吊销 {site}？从现在起将拒绝它的更改。适用于笔记本电脑丢失或被盗的情况；该站点必须作为新安装重新加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="274" />
      <source>Revoked</source>
      <translation>已吊销</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="242" />
      <source>Revoke…</source>
      <translation>吊销…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="75" />
      <source>Ribbon</source>
      <translation>色带</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="119" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="237" />
      <source>Role</source>
      <translation>角色</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="56" />
      <source>Role:</source>
      <translation>角色：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="130" />
      <source>Runs out early / low yield</source>
      <translation>提前用尽 / 打印量不足</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="189" />
      <source>S&amp;ync now</source>
      <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="357" />
      <source>Safety stock</source>
      <translation>安全库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="377" />
      <source>Safety stock of {part} set to {quantity}</source>
      <translation>{part} 的安全库存已设为 {quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="360" />
      <source>Safety stock:</source>
      <translation>安全库存：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="609" />
      <source>Safety stock: {safety} · Location: {location} · On hand: {quantity}</source>
      <translation>安全库存：{safety} · 存放位置：{location} · 现有：{quantity}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="441" />
      <source>Safety stock…</source>
      <translation>安全库存…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="425" />
      <source>Satisfaction</source>
      <translation>客户满意度</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/form_layout.py" line="44" />
      <source>Save</source>
      <translation>保存</translation>
    </message>
    <message>
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
      <location filename="aftersales_desktop/gui/slip_printing.py" line="291" />
      <source>Save slip as PDF</source>
      <translation>将维修单另存为 PDF</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="613" />
      <source>Save the join request</source>
      <translation>保存加入申请</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="301" />
      <source>Saving failed</source>
      <translation>保存失败</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="464" />
      <source>Say why the fault needs the manager.</source>
      <translation>请说明此故障为何需要上报售后管理人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="593" />
      <source>Say why the job is cancelled.</source>
      <translation>请说明取消工单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="581" />
      <source>Say why the job is reopened.</source>
      <translation>请说明重新打开工单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="443" />
      <source>Say why the slip is corrected.</source>
      <translation>请说明更正维修单的原因。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="246" />
      <source>Schedule visit</source>
      <translation>预约上门</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="34" />
      <source>Schedule visit…</source>
      <translation>预约上门…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="93" />
      <source>Search brand, model, name or printer…</source>
      <translation>搜索品牌、型号、名称或打印机…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="83" />
      <source>Search by name, phone or company</source>
      <translation>按姓名、电话或公司查找</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="131" />
      <source>Search number, customer, phone, serial, address or description</source>
      <translation>搜索工单号、客户、电话、序列号、地址或故障描述</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="134" />
      <source>Select a job in the list to see it here.</source>
      <translation>在列表中选择一个工单，在此查看详情。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="604" />
      <source>Select a part on the left to see its movements.</source>
      <translation>在左侧选择备件以查看其出入库记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="211" />
      <source>Selected: {customer}</source>
      <translation>已选择：{customer}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="50" />
      <source>Sent {published} changes, received {applied}, {conflicts} conflicts, {quarantined} bundles held back.</source>
      <translation>发送 {published} 项更改，接收 {applied} 项，冲突 {conflicts} 个，隔离数据包 {quarantined} 个。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="272" />
      <source>Sent {quantity} × {part} to {outlet}</source>
      <translation>已调拨 {quantity} × {part} 至 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="138" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="220" />
      <location filename="aftersales_desktop/slips/render.py" line="446" />
      <source>Serial / batch</source>
      <translation>序列号 / 批次</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="271" />
      <location filename="aftersales_desktop/gui/job_model.py" line="211" />
      <source>Serial / batch: {serial}</source>
      <translation>序列号 / 批次：{serial}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="77" />
      <source>Service jobs</source>
      <translation>售后工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="584" />
      <location filename="aftersales_desktop/slips/render.py" line="581" />
      <source>Service terms</source>
      <translation>服务条款</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="344" />
      <source>Set up a new share (head office)…</source>
      <translation>建立新的共享（总部）…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="110" />
      <source>Set up the after-sales desktop</source>
      <translation>设置售后服务桌面版</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="329" />
      <source>Settings saved.</source>
      <translation>设置已保存。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="496" />
      <source>Share</source>
      <translation>共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="376" />
      <source>Share folder:</source>
      <translation>共享文件夹：</translation>
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
      <location filename="aftersales_desktop/slips/render.py" line="595" />
      <source>Signatures</source>
      <translation>签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <source>Signed</source>
      <translation>签署时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/signatures.py" line="27" />
      <source>Signed on the pad</source>
      <translation>在签名板上签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="632" />
      <source>Signed {time}</source>
      <translation>签名时间 {time}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="198" />
      <source>Signed {time} by {customer} and {technician}</source>
      <translation>{time} 由 {customer} 和 {technician} 签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="237" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="251" />
      <source>Site</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="445" />
      <source>Site {site} has two different histories from bundle {seq} on (it was probably restored from an old backup). Its changes are no longer applied here until head office sorts it out.</source>
      <translation>站点 {site} 从数据包 {seq} 起出现两条不同的历史（可能是从旧备份恢复的）。在总部处理之前，本机不再应用它的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="108" />
      <location filename="aftersales_desktop/sync/share.py" line="506" />
      <source>Site {site} is not on the roster of this share.</source>
      <translation>站点 {site} 不在此共享文件夹的站点名册中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="483" />
      <source>Site {site} was revoked and cannot join again.</source>
      <translation>站点 {site} 已被吊销，不能再次加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="381" />
      <location filename="aftersales_desktop/sync/share.py" line="111" />
      <source>Site {site} was revoked on {revoked_at}: its new changes are refused.</source>
      <translation>站点 {site} 已于 {revoked_at} 被吊销：拒绝接收其新的更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="367" />
      <source>Site {site} writes a newer data format ({schema}): update this installation to receive its changes.</source>
      <translation>站点 {site} 使用较新的数据格式（{schema}）：请升级本机软件以接收其更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="495" />
      <source>Sites</source>
      <translation>站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="337" />
      <source>Sites exchange their changes through a shared folder every site can reach: a network share, a NAS, a cloud-drive folder or a USB stick. The database itself stays on this computer.</source>
      <translation>各站点通过一个都能访问的共享文件夹交换更改：网络共享、NAS、网盘同步文件夹或 U 盘。数据库本身始终保存在本机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="347" />
      <source>Slip</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="446" />
      <source>Slip does not match</source>
      <translation>维修单不符</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="129" />
      <source>Slip font (this computer)</source>
      <translation>维修单字体（本机）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="106" />
      <source>Slip language</source>
      <translation>维修单语言</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="376" />
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
      <location filename="aftersales_desktop/gui/job_detail.py" line="164" />
      <source>Slips</source>
      <translation>维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="371" />
      <source>Slips ({n})</source>
      <translation>维修单 ({n})</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="182" />
      <source>Slips will use {family} ({path}).</source>
      <translation>维修单将使用字体 {family}（{path}）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="413" />
      <source>Snapshot:</source>
      <translation>快照：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="603" />
      <source>Spare-part ledger</source>
      <translation>备件库存台账</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="88" />
      <source>Spare-parts stock</source>
      <translation>备件库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="92" />
      <source>Staff</source>
      <translation>员工</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="39" />
      <source>Staff account</source>
      <translation>员工账户</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="92" />
      <source>Staff accounts</source>
      <translation>员工账号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="497" />
      <source>Started from head office's snapshot {name}: {rows} rows.</source>
      <translation>已从总部快照 {name} 开始：{rows} 行。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="159" />
      <source>State</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="79" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="155" />
      <location filename="aftersales_desktop/gui/job_model.py" line="49" />
      <source>Status</source>
      <translation>状态</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="88" />
      <source>Stock</source>
      <translation>库存</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="348" />
      <source>Stock of {part} adjusted by {difference}</source>
      <translation>{part} 的库存已调整 {difference}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="52" />
      <source>Stocktake adjustment</source>
      <translation>库存盘点调整</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="31" />
      <source>Storekeeper</source>
      <translation>库存管理人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="186" />
      <source>Supplier's delivery note number</source>
      <translation>供应商送货单号</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="339" />
      <source>Symptom</source>
      <translation>故障现象</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="95" />
      <location filename="aftersales_desktop/gui/main_window.py" line="95" />
      <source>Sync</source>
      <translation>同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="403" />
      <source>Sync every:</source>
      <translation>同步间隔：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="207" />
      <source>Sync finished: published {published} changes, applied {applied}, skipped {skipped}, quarantined {quarantined}, conflicts {conflicts}, {waiting} waiting.</source>
      <translation>同步完成：发布 {published} 项更改，应用 {applied} 项，跳过 {skipped} 项，隔离 {quarantined} 个，冲突 {conflicts} 个，{waiting} 项等待中。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="472" />
      <source>Sync now</source>
      <translation>立即同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="72" />
      <source>Sync problem: {short}</source>
      <translation>同步问题：{short}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="639" />
      <source>Sync runs every {n} minutes.</source>
      <translation>每 {n} 分钟同步一次。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="76" />
      <source>Synced {ago}</source>
      <translation>{ago}已同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="66" />
      <location filename="aftersales_desktop/gui/sync_status.py" line="58" />
      <source>Syncing…</source>
      <translation>正在同步…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="381" />
      <source>Taken in</source>
      <translation>受理时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="30" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="155" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="156" />
      <source>Technician</source>
      <translation>技术维修人员</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="182" />
      <location filename="aftersales_desktop/slips/render.py" line="615" />
      <source>Technician signature</source>
      <translation>技术维修人员签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="58" />
      <location filename="aftersales_desktop/gui/stock_view.py" line="215" />
      <source>Technician:</source>
      <translation>技术员：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="278" />
      <source>Technician: {name}</source>
      <translation>技术维修人员：{name}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="481" />
      <source>Technicians schedule their own visits.</source>
      <translation>技术维修人员只能为自己预约上门。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="812" />
      <source>Technicians see their own agenda.</source>
      <translation>技术维修人员只能查看自己的日程。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="80" />
      <source>Technicians' agenda</source>
      <translation>技术员日程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="91" />
      <source>Terms (Chinese)</source>
      <translation>条款（中文）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="92" />
      <source>Terms (English)</source>
      <translation>条款（英文）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="329" />
      <source>Test passed</source>
      <translation>测试通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="181" />
      <source>The bundle {name} belongs to another share.</source>
      <translation>同步包 {name} 属于另一个共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="177" />
      <source>The bundle {name} belongs to site {found}, not to the folder of site {expected}.</source>
      <translation>同步包 {name} 属于站点 {found}，而不属于站点 {expected} 的文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="184" />
      <source>The bundle {name} carries sequence number {found} but its name says {expected}.</source>
      <translation>同步包 {name} 的序号为 {found}，但其文件名表示序号为 {expected}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="167" />
      <source>The bundle {name} does not match the hash in its name: it is incomplete or damaged.</source>
      <translation>同步包 {name} 与其文件名中的哈希值不符：文件不完整或已损坏。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="435" />
      <source>The bundle {name} holds changes stamped more than a day in the future.</source>
      <translation>数据包 {name} 中的更改时间戳超前一天以上。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="417" />
      <source>The bundle {name} holds changes stamped {hours} hours in the future: the clock of site {site} is wrong. It is kept out until that is fixed.</source>
      <translation>数据包 {name} 中的更改时间戳超前 {hours} 小时：站点 {site} 的时钟有误。修正之前不予应用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="194" />
      <source>The bundle {name} holds {found} changes but its header says {expected}.</source>
      <translation>同步包 {name} 包含 {found} 条更改，但其头部记载为 {expected} 条。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="160" />
      <source>The bundle {name} is empty.</source>
      <translation>同步包 {name} 是空文件。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="223" />
      <location filename="aftersales_desktop/sync/bundle.py" line="171" />
      <source>The bundle {name} uses format {format}, which this version cannot read: update the application.</source>
      <translation>同步包 {name} 使用格式 {format}，本版本无法读取：请更新应用程序。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="248" />
      <source>The contents of the bundle {name} are damaged.</source>
      <translation>同步包 {name} 的内容已损坏。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="169" />
      <source>The cost cannot be negative.</source>
      <translation>成本不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="72" />
      <source>The customer has read the slip and agrees to sign with the typed name</source>
      <translation>客户已阅读维修单，同意以输入的姓名签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="566" />
      <source>The customer is not satisfied: note why (or reopen the job for another visit).</source>
      <translation>客户不满意：请记录原因（或重新打开工单，再次上门维修）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="334" />
      <source>The customer signs the repair slip now</source>
      <translation>客户现在签署维修单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/app.py" line="140" />
      <source>The data folder {folder} could not be opened:
{error}

Check that the folder exists, is on a local disk and that you may write to it.</source>
      <translation>无法打开数据文件夹 {folder}：
{error}

请检查该文件夹是否存在、是否位于本地磁盘，以及您是否有写入权限。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="174" />
      <source>The file {name} is not a sync bundle.</source>
      <translation>文件 {name} 不是同步包。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="163" />
      <source>The file {name} is not named like a bundle.</source>
      <translation>文件 {name} 的名称不符合同步包的命名规则。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="165" />
      <source>The file {path} could not be written. Choose another folder, or check that the drive is connected.</source>
      <translation>无法写入文件 {path}。请选择其他文件夹，或检查该驱动器是否已连接。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="737" />
      <source>The file {path} is not a readable join request.</source>
      <translation>文件 {path} 不是可读取的加入申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="329" />
      <source>The folder {path} already holds after-sales share files but no share marker: choose an empty folder.</source>
      <translation>文件夹 {path} 中已有售后共享文件，但没有共享标识：请选择一个空文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="326" />
      <source>The folder {path} already holds an after-sales share.</source>
      <translation>文件夹 {path} 中已经有一个售后共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="308" />
      <location filename="aftersales_desktop/sync/share.py" line="364" />
      <location filename="aftersales_desktop/sync/share.py" line="408" />
      <source>The folder {path} holds a different after-sales share than the one this site joined.</source>
      <translation>文件夹 {path} 中的售后共享不是本站点加入的那个。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="285" />
      <source>The folder {path} holds no after-sales share (no share marker): it is empty, not mounted, or the wrong folder.</source>
      <translation>文件夹 {path} 中没有售后共享（没有共享标识）：它是空的、未挂载，或者不是正确的文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="247" />
      <source>The font {font} lacks these characters: {chars}. They print as “?”. Choose another font in Settings.</source>
      <translation>字体 {font} 缺少这些字符：{chars}。它们将打印为“?”。请在设置中选择其他字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="207" />
      <source>The header of the bundle {name} is unreadable.</source>
      <translation>无法读取同步包 {name} 的头部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="442" />
      <source>The job is assigned to {name} already.</source>
      <translation>该工单已派给 {name}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="477" />
      <source>The join request of {site} is for another share.</source>
      <translation>{site} 的加入申请是针对另一个共享文件夹的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="740" />
      <location filename="aftersales_desktop/sync/share.py" line="474" />
      <source>The join request of {site} is not signed by the key it presents: refuse it.</source>
      <translation>{site} 的加入申请不是由其所附密钥签名的：请拒绝该申请。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="266" />
      <location filename="aftersales_desktop/sync/keys.py" line="290" />
      <source>The key folder {folder} named by {variable} cannot be used: {detail}</source>
      <translation>{variable} 指定的密钥文件夹 {folder} 无法使用：{detail}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="114" />
      <source>The logo is larger than 512 KB: choose a smaller image.</source>
      <translation>标志图片超过 512 KB：请选择较小的图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="116" />
      <source>The logo must be a PNG or JPEG image.</source>
      <translation>标志必须是 PNG 或 JPEG 图片。</translation>
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
      <location filename="aftersales_desktop/services/jobs.py" line="600" />
      <source>The note is empty.</source>
      <translation>备注为空。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="40" />
      <source>The outlet code starts every document number, such as SH01-J202611-0042. It cannot be changed later.</source>
      <translation>网点代码是每个单据编号的开头，例如 SH01-J202611-0042。设置后不能更改。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="366" />
      <source>The outlet logo cannot be read ({reason}): choose a PNG or JPEG file in Settings.</source>
      <translation>无法读取网点标志（{reason}）：请在设置中选择 PNG 或 JPEG 图片。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="69" />
      <source>The outlet manager adds the other staff accounts after logging in.</source>
      <translation>售后管理人员登录后再添加其他员工账号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="425" />
      <source>The part lines do not match the slip being corrected.</source>
      <translation>部件明细与要更正的维修单不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="80" />
      <source>The password needs at least {min} characters.</source>
      <translation>密码至少需要 {min} 个字符。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="88" />
      <source>The price cannot be negative.</source>
      <translation>价格不能为负数。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="168" />
      <source>The printer {name} is not available. Check that it is switched on and connected, or choose another printer.</source>
      <translation>打印机 {name} 不可用。请检查打印机是否已开机并已连接，或选择其他打印机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="379" />
      <source>The purchase date cannot be in the future.</source>
      <translation>购买日期不能晚于今天。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="114" />
      <source>The record of this conflict is not here.</source>
      <translation>本机没有此冲突所涉及的记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="170" />
      <source>The selected printer is not available. Check that it is switched on and connected, or choose another printer.</source>
      <translation>所选打印机不可用。请检查打印机是否已开机并已连接，或选择其他打印机。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="309" />
      <source>The share holds bundles {first} to {last} of this installation that its database does not know: it was restored from an old backup. Publishing is stopped so history does not fork; ask head office to re-join this installation as a new site.</source>
      <translation>共享文件夹中有本机的数据包 {first} 至 {last}，而本机数据库并不知道它们：本机是从旧备份恢复的。为避免历史分叉，已停止发布；请总部将本机作为新站点重新加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="629" />
      <source>The share is now found in {path}.</source>
      <translation>共享文件夹现在位于 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="289" />
      <location filename="aftersales_desktop/sync/share.py" line="300" />
      <source>The share marker in {path} cannot be read.</source>
      <translation>无法读取 {path} 中的共享标识。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="393" />
      <source>The share offers roster version {found} but this site has already seen version {expected}: roster files were removed or restored from an old copy.</source>
      <translation>共享文件夹提供的站点名册版本为 {found}，但本站点已见过版本 {expected}：名册文件被删除，或从旧副本恢复过。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="173" />
      <source>The share {path} is not reachable: working offline, changes wait here.</source>
      <translation>无法访问共享文件夹 {path}：正在离线工作，更改在本机等待。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="699" />
      <source>The shared folder could not be read or written ({path}): {detail}</source>
      <translation>无法读写共享文件夹（{path}）：{detail}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="280" />
      <location filename="aftersales_desktop/sync/share.py" line="323" />
      <source>The shared folder {path} cannot be reached.</source>
      <translation>无法访问共享文件夹 {path}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/share.py" line="401" />
      <source>The shared folder {path} holds no valid roster of sites.</source>
      <translation>共享文件夹 {path} 中没有有效的站点名册。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/bundle.py" line="189" />
      <source>The signature of the bundle {name} does not match the key of site {site}: it was not written by that site.</source>
      <translation>同步包 {name} 的签名与站点 {site} 的密钥不符：它不是该站点写入的。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="264" />
      <source>The signature pad is empty: please sign before confirming.</source>
      <translation>签名板是空的：请先签名再确认。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="161" />
      <source>The signature to print does not match the one recorded on this slip.</source>
      <translation>要打印的签名与此维修单上记录的签名不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="179" />
      <location filename="aftersales_desktop/sync/keys.py" line="163" />
      <source>The site key in {where} cannot be read ({detail}): re-join the share.</source>
      <translation>无法读取 {where} 中的站点密钥（{detail}）：请重新加入共享。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="256" />
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
      <location filename="aftersales_desktop/slips/fonts.py" line="106" />
      <source>The slip font {path} cannot be read. Check that the file is there and readable.</source>
      <translation>无法读取维修单字体 {path}。请检查该文件是否存在且可读。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="112" />
      <source>The slip font {path} cannot be used: it has no Chinese characters. Choose a Chinese TrueType font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：其中没有中文字符。请在设置中选择中文 TrueType 字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="107" />
      <source>The slip font {path} cannot be used: it is an OpenType/CFF font, and slips embed TrueType fonts only. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：它是 OpenType/CFF 字体，维修单只能嵌入 TrueType 字体。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="110" />
      <source>The slip font {path} cannot be used: it is not a TrueType font file. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不能使用：它不是 TrueType 字体文件。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/fonts.py" line="104" />
      <source>The slip font {path} does not exist. Choose a TrueType (.ttf or .ttc) Chinese font in Settings.</source>
      <translation>维修单字体 {path} 不存在。请在设置中选择 TrueType（.ttf 或 .ttc）中文字体。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="256" />
      <source>The slip is still being prepared: try again.</source>
      <translation>维修单仍在生成中：请稍后再试。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="680" />
      <source>The stored record of {number} revision {revision} has been altered: it no longer matches its own hash. Report this to your manager.</source>
      <translation>维修单 {number} 修订版 {revision} 的存档已被篡改：与其校验值不再一致。请报告您的经理。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="99" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="74" />
      <source>The two passwords differ.</source>
      <translation>两次输入的密码不一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="472" />
      <source>The visit cannot start in the past.</source>
      <translation>上门开始时间不能早于当前时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="473" />
      <source>The visit must end after it starts.</source>
      <translation>上门结束时间必须晚于开始时间。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="141" />
      <source>There are no technicians yet.</source>
      <translation>还没有技术维修人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="23" />
      <source>These details appear on repair slips and in every job number.</source>
      <translation>这些信息会显示在维修单上，并用于每个工单号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="141" />
      <source>This account is disabled; ask your manager.</source>
      <translation>此账号已停用，请联系售后管理人员。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/catalog.py" line="97" />
      <source>This brand and model are in the catalog already.</source>
      <translation>产品目录中已有该品牌和型号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/conflicts.py" line="106" />
      <source>This conflict has been decided already.</source>
      <translation>此冲突已经处理过了。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="684" />
      <source>This copy does NOT match the record of {number} revision {revision}: its content was changed or it is not ours.</source>
      <translation>此副本与维修单 {number} 修订版 {revision} 的记录不符：内容已被改动，或并非本公司出具。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="388" />
      <source>This customer no longer exists; search again.</source>
      <translation>该客户已不存在，请重新查找。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="98" />
      <source>This installation already has an outlet.</source>
      <translation>本安装已设置网点。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/membership.py" line="52" />
      <source>This installation already takes part in the share at {path}.</source>
      <translation>本机已加入位于 {path} 的共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="61" />
      <source>This installation does not sync yet: a manager sets it up on the Sync page.</source>
      <translation>本机尚未同步：请售后管理人员在“同步”页面中设置。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="309" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="542" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="564" />
      <source>This installation has not joined a share yet.</source>
      <translation>本机尚未加入共享文件夹。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="603" />
      <source>This installation is now head office of the share in {path}.</source>
      <translation>本机现在是 {path} 中共享的总部。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/engine.py" line="313" />
      <source>This installation was restored from an old backup: its bundles on the share go further than its database. Publishing is stopped.</source>
      <translation>本机是从旧备份恢复的：共享文件夹中它的数据包比其数据库更新。已停止发布。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="51" />
      <source>This is not a valid e-mail address.</source>
      <translation>电子邮件地址无效。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/customers.py" line="48" />
      <source>This is not a valid phone number (e.g. 13812345678 or 021-62345678).</source>
      <translation>电话号码无效（例如 13812345678 或 021-62345678）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="68" />
      <location filename="aftersales_desktop/services/outlet.py" line="83" />
      <source>This is not a valid phone number.</source>
      <translation>电话号码无效。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="519" />
      <source>This job is '{status}': reopen it before recording another repair.</source>
      <translation>该工单状态为“{status}”：请先重新打开，再填写新的维修记录。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="347" />
      <source>This repair already has slip {number}: print a copy of it, or issue a correction.</source>
      <translation>这次维修已有维修单 {number}：请打印副本，或出具更正。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="266" />
      <source>This signature is too long: clear the pad and sign again.</source>
      <translation>签名过长：请清除签名板后重新签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="237" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="274" />
      <source>This site</source>
      <translation>本站点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="378" />
      <source>This site:</source>
      <translation>本站点：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_dialog.py" line="237" />
      <source>This slip cannot be rendered.</source>
      <translation>无法生成这张维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="143" />
      <source>This slip is not signed: preview it as a draft, or have the customer and the technician sign it first.</source>
      <translation>此维修单尚未签名：请以草稿预览，或先请客户和技术维修人员签名。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/stock.py" line="267" />
      <source>This transfer was already received.</source>
      <translation>该调拨已经入库。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="57" />
      <source>This user name is taken.</source>
      <translation>该用户名已被使用。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="524" />
      <source>This visit belongs to another job.</source>
      <translation>该上门记录属于其他工单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="67" />
      <source>This week</source>
      <translation>本周</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="261" />
      <source>Tick the confirmation: the customer agrees to sign with a typed name.</source>
      <translation>请勾选确认：客户同意以输入的姓名签署。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/job_detail.py" line="154" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="267" />
      <source>Time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="161" />
      <source>Timeline</source>
      <translation>处理记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="317" />
      <source>Timeline ({n})</source>
      <translation>处理记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="261" />
      <source>To outlet:</source>
      <translation>调入网点：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="622" />
      <source>To {outlet}</source>
      <translation>调往 {outlet}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="66" />
      <source>Today</source>
      <translation>今天</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="72" />
      <source>Toner</source>
      <translation>硒鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="84" />
      <source>Toner, ink, drums and ribbons, with compatible printers and prices.</source>
      <translation>硒鼓、墨盒、感光鼓和色带，以及适用打印机和价格。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/agenda_view.py" line="78" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="269" />
      <source>Tools</source>
      <translation>工具</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="128" />
      <source>Total</source>
      <translation>合计</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="558" />
      <location filename="aftersales_desktop/slips/render.py" line="548" />
      <source>Total ({currency})</source>
      <translation>合计（{currency}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="50" />
      <source>Transfer in</source>
      <translation>调拨入库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/stock.py" line="49" />
      <source>Transfer out</source>
      <translation>调拨出库</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="311" />
      <source>Transfer received: {text}</source>
      <translation>调拨已入库：{text}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="255" />
      <source>Transfer stock</source>
      <translation>调拨</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="291" />
      <source>Transfer:</source>
      <translation>调拨单：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="437" />
      <source>Transfer…</source>
      <translation>调拨…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="165" />
      <source>TrueType fonts (*.ttf *.ttc)</source>
      <translation>TrueType 字体 (*.ttf *.ttc)</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="146" />
      <source>Two sites changed the same thing before they synced. The newer change is in force; the other is kept here until a manager decides.</source>
      <translation>两个站点在同步之前修改了同一项内容。较新的更改已生效；另一项保留在这里，等待管理人员决定。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="112" />
      <location filename="aftersales_desktop/slips/render.py" line="445" />
      <source>Type</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="144" />
      <source>Type a model or name…</source>
      <translation>输入型号或名称…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="135" />
      <source>Type a model, e.g. CF283A</source>
      <translation>输入型号，例如：CF283A</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="372" />
      <source>Type a model…</source>
      <translation>输入型号…</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="90" />
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="195" />
      <source>Type at least one character; pick the customer from the list.</source>
      <translation>请至少输入一个字符，然后从列表中选择客户。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="49" />
      <source>Type:</source>
      <translation>类型：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/signatures.py" line="28" />
      <source>Typed name, confirmed</source>
      <translation>键入姓名并确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="620" />
      <source>Typed name, confirmed by the customer</source>
      <translation>键入姓名，经客户确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="621" />
      <source>Typed name, confirmed by the technician</source>
      <translation>键入姓名，经技术维修人员确认</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/signature_pad.py" line="432" />
      <source>Undo stroke</source>
      <translation>撤销一笔</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="171" />
      <source>Unit cost (¥):</source>
      <translation>单位成本（¥）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="113" />
      <location filename="aftersales_desktop/slips/render.py" line="511" />
      <location filename="aftersales_desktop/slips/render.py" line="501" />
      <source>Unit price</source>
      <translation>单价</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="54" />
      <source>Unit price (yuan):</source>
      <translation>单价（元）：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="234" />
      <source>Unit price (¥)</source>
      <translation>单价（¥）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="398" />
      <source>Unknown model '{model}': choose one from the catalog.</source>
      <translation>未知型号“{model}”：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="393" />
      <source>Unknown model: choose one from the catalog.</source>
      <translation>未知型号：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/jobs.py" line="530" />
      <source>Unknown part: choose one from the catalog.</source>
      <translation>未知备件：请从产品目录中选择。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="99" />
      <source>Urgent</source>
      <translation>紧急</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="64" />
      <source>Use 2-8 capital letters and digits, starting with a letter (e.g. SH01).</source>
      <translation>请使用 2-8 位大写字母和数字，以字母开头（例如 SH01）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="52" />
      <source>Use my saved signature</source>
      <translation>使用我已保存的签名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="119" />
      <source>User name</source>
      <translation>用户名</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/login_dialog.py" line="42" />
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="82" />
      <location filename="aftersales_desktop/gui/staff_view.py" line="54" />
      <source>User name:</source>
      <translation>用户名：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="76" />
      <source>User names use letters, digits and . _ - without spaces.</source>
      <translation>用户名只能包含字母、数字和 . _ -，不能有空格。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="148" />
      <source>Value in force</source>
      <translation>现行值</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="221" />
      <source>Value in force kept: {record}.</source>
      <translation>已保留现行值：{record}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="274" />
      <source>Via {channel}, {time} by {name}</source>
      <translation>{name} 于 {time} 通过{channel}受理</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="306" />
      <source>Visit</source>
      <translation>上门记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="288" />
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
      <location filename="aftersales_desktop/gui/job_detail.py" line="162" />
      <source>Visits</source>
      <translation>上门记录</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="329" />
      <source>Visits ({n})</source>
      <translation>上门记录（{n}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="446" />
      <location filename="aftersales_desktop/sync/engine.py" line="185" />
      <source>Waiting for head office to approve this installation.</source>
      <translation>等待总部批准本机加入。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/domain/enums.py" line="52" />
      <source>Walk-in</source>
      <translation>到店</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="44" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="154" />
      <source>What</source>
      <translation>事项</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="209" />
      <source>What changes</source>
      <translation>更正内容</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="158" />
      <source>What does the customer see? Since when? Which printer?</source>
      <translation>客户看到什么现象？从何时开始？用在哪台打印机上？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="81" />
      <source>What every repair slip prints. A signed slip keeps the terms it was signed with; changes apply to slips signed from now on.</source>
      <translation>每张维修单打印的内容。已签署的维修单保留签署时的条款；修改只适用于今后签署的维修单。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="204" />
      <source>What is the customer still unhappy with?</source>
      <translation>客户对哪里仍不满意？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="191" />
      <source>What makes this fault need the manager?</source>
      <translation>为什么需要售后管理人员协调处理？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="426" />
      <source>What the customer said</source>
      <translation>客户反馈</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="155" />
      <source>When</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="154" />
      <source>Who</source>
      <translation>操作人</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="93" />
      <source>Who may log in at this outlet, and in which role.</source>
      <translation>可登录本网点的人员及其角色。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="217" />
      <source>Why is the job cancelled?</source>
      <translation>为什么取消工单？</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="340" />
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="319" />
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="124" />
      <source>Work done</source>
      <translation>维修过程</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/outlet.py" line="139" />
      <source>Wrong user name or password.</source>
      <translation>用户名或密码错误。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/staff_view.py" line="145" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="93" />
      <location filename="aftersales_desktop/slips/render.py" line="473" />
      <source>Yes</source>
      <translation>是</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="74" />
      <source>You cannot disable your own account.</source>
      <translation>不能停用自己的账号。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/staff.py" line="75" />
      <source>You cannot take away your own manager role.</source>
      <translation>不能取消自己的售后管理人员角色。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="302" />
      <source>You have no saved signature yet: sign on the pad (and save it for next time).</source>
      <translation>您还没有保存的签名：请在签名板上签名（并保存供下次使用）。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/context.py" line="48" />
      <source>Your role ({role}) may not do this.</source>
      <translation>您的角色（{role}）无权执行此操作。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="22" />
      <source>Your service outlet</source>
      <translation>您的售后维修网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="19" />
      <source>a different share</source>
      <translation>不是同一个共享</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="21" />
      <source>access revoked</source>
      <translation>访问权限已被吊销</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="25" />
      <source>cannot read or write the share</source>
      <translation>无法读写共享文件夹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="107" />
      <source>e.g. 13812345678 or 021-62345678</source>
      <translation>例如：13812345678 或 021-62345678</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="44" />
      <source>e.g. 83A black toner</source>
      <translation>例如：83A 黑色硒鼓</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="150" />
      <source>e.g. A-01</source>
      <translation>例如 A-01</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="42" />
      <source>e.g. CF283A</source>
      <translation>例如：CF283A</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="40" />
      <source>e.g. HP</source>
      <translation>例如：HP</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/catalog_view.py" line="46" />
      <source>e.g. LaserJet Pro M125, M127</source>
      <translation>例如：LaserJet Pro M125, M127</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="29" />
      <source>e.g. SH01</source>
      <translation>例如：SH01</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="32" />
      <source>e.g. Shanghai Pudong outlet</source>
      <translation>例如：上海浦东网点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="321" />
      <source>e.g. expired, damaged in transport</source>
      <translation>例如：过期、运输损坏</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/setup_wizard.py" line="76" />
      <source>e.g. li.wei</source>
      <translation>例如：li.wei</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="341" />
      <source>e.g. monthly stocktake</source>
      <translation>例如：月度盘点</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="328" />
      <source>e.g. printed 20 test pages, no streaks</source>
      <translation>例如：打印 20 张测试页，无条纹</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="218" />
      <source>e.g. urgent repair, delivery on its way</source>
      <translation>例如：紧急维修，备件在途</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="270" />
      <source>e.g. vacuum, test pages, multimeter</source>
      <translation>例如：吸尘器、测试页、万用表</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="213" />
      <source>e.g. wrong unit price entered</source>
      <translation>例如：单价录入错误</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="67" />
      <source>hours</source>
      <translation>小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="33" />
      <source>just now</source>
      <translation>刚刚</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="400" />
      <source>minutes</source>
      <translation>分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/sync/keys.py" line="131" />
      <source>no secure key store</source>
      <translation>没有安全的密钥存储</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="22" />
      <source>restored from an old backup</source>
      <translation>从旧备份恢复</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="72" />
      <source>see the Sync page</source>
      <translation>请查看“同步”页面</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="18" />
      <source>share folder empty or not mounted</source>
      <translation>共享文件夹为空或未挂载</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="20" />
      <source>share marker unreadable</source>
      <translation>无法读取共享标识</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="23" />
      <source>share roster was rolled back</source>
      <translation>站点名册被回退</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="24" />
      <source>site key not available</source>
      <translation>站点密钥不可用</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="334" />
      <source>test failed</source>
      <translation>测试未通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="334" />
      <source>test passed</source>
      <translation>测试通过</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_dialogs.py" line="264" />
      <location filename="aftersales_desktop/gui/jobs_view.py" line="175" />
      <source>to</source>
      <translation>至</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="28" />
      <source>{d} d {h} h</source>
      <translation>{d} 天 {h} 小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="30" />
      <source>{h} h {m} min</source>
      <translation>{h} 小时 {m} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/settings_dialog.py" line="72" />
      <source>{label}:</source>
      <translation>{label}：</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="534" />
      <source>{minutes} min × {rate}/h</source>
      <translation>{minutes} 分钟 × {rate}/小时</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sign_slip_dialog.py" line="126" />
      <source>{minutes} min, {amount}</source>
      <translation>{minutes} 分钟，{amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="32" />
      <source>{m} min</source>
      <translation>{m} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/main_window.py" line="231" />
      <source>{name} ({role})</source>
      <translation>{name}（{role}）</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="364" />
      <source>{number} rev. {revision}</source>
      <translation>{number} 修订版 {revision}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="347" />
      <source>{number} rev. {revision}, signed by {name}</source>
      <translation>{number} 修订版 {revision}，{name} 签署</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="688" />
      <source>{number} revision {revision} matches the record, but it was corrected: revision {latest} is the one in force.</source>
      <translation>{number} 修订版 {revision} 与记录一致，但已被更正：现行有效的是修订版 {latest}。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/services/slips.py" line="690" />
      <source>{number} revision {revision} matches the record.</source>
      <translation>{number} 修订版 {revision} 与记录一致。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="45" />
      <source>{n} changes waiting</source>
      <translation>{n} 项更改待同步</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="38" />
      <source>{n} days ago</source>
      <translation>{n} 天前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/intake_dialog.py" line="205" />
      <source>{n} found; pick one, or use the 'New customer' tab.</source>
      <translation>找到 {n} 位；请选择一位，或使用“新客户”页。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="37" />
      <source>{n} h ago</source>
      <translation>{n} 小时前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/jobs_view.py" line="265" />
      <source>{n} jobs</source>
      <translation>共 {n} 个工单</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="337" />
      <source>{n} min</source>
      <translation>{n} 分钟</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_status.py" line="35" />
      <source>{n} min ago</source>
      <translation>{n} 分钟前</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="538" />
      <source>{part} batch {batch} ({quantity}) on {date}</source>
      <translation>{part} 批次 {batch}（{quantity}）于 {date} 过期</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="534" />
      <source>{part}: {quantity} of {safety}</source>
      <translation>{part}：{quantity} / {safety}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/job_detail.py" line="343" />
      <source>{qty} × {part} at {price}</source>
      <translation>{qty} × {part}，单价 {price}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/slips/render.py" line="492" />
      <source>{qty} × {price} = {amount}</source>
      <translation>{qty} × {price} = {amount}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/stock_view.py" line="287" />
      <source>{quantity} × {part} from {outlet}, batch {batch}, sent {at}</source>
      <translation>{quantity} × {part}，来自 {outlet}，批次 {batch}，发出于 {at}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="673" />
      <source>{site} is revoked.</source>
      <translation>{site} 已被吊销。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/sync_view.py" line="651" />
      <location filename="aftersales_desktop/gui/sync_view.py" line="659" />
      <source>{site} may now sync.</source>
      <translation>{site} 现在可以同步了。</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/formatting.py" line="33" />
      <source>{span} left</source>
      <translation>剩余 {span}</translation>
    </message>
    <message>
      <location filename="aftersales_desktop/gui/slip_printing.py" line="79" />
      <source>{width} mm roll, {length} mm long</source>
      <translation>{width} mm 卷纸，长 {length} mm</translation>
    </message>
    <message>
      <source>New job…</source>
      <translation type="vanished">新建工单…</translation>
    </message>
    <message>
      <source>Sync finished: {summary}</source>
      <translation type="vanished">同步完成：{summary}</translation>
    </message>
    <message>
      <source>Take in a new service job (Ctrl+N)</source>
      <translation type="vanished">受理新的售后工单（Ctrl+N）</translation>
    </message>
  </context>
</TS>
