"""Data tables of the demo outlet: staff, consumables, names, addresses and the words of repair work."""

from __future__ import annotations

from aftersales_desktop.domain.enums import FaultCategory, ProductType, Role

DEMO_PASSWORD = "demo123"

OUTLET_CODE = "SH01"
OUTLET_NAME = "SH01 上海浦东售后维修网点"
OUTLET_ADDRESS = "上海市浦东新区张江高科技园区碧波路690号2号楼1层"
OUTLET_PHONE = "021-50801234"

MANAGER = ("manager", "张建国", "13916820451")

#: (user name, display name, role, phone)
STAFF = [
    ("cs.liu", "刘晓燕", Role.CUSTOMER_SERVICE, "13761052387"),
    ("cs.zhou", "周婷", Role.CUSTOMER_SERVICE, "15821937706"),
    ("tech.wang", "王志强", Role.TECHNICIAN, "13817264095"),
    ("tech.li", "李伟", Role.TECHNICIAN, "18930517742"),
    ("tech.chen", "陈浩", Role.TECHNICIAN, "13651998230"),
    ("tech.zhao", "赵磊", Role.TECHNICIAN, "15900743318"),
    ("store.sun", "孙丽华", Role.STOREKEEPER, "13585620947"),
    ("hq.yang", "杨帆", Role.HQ_ANALYST, "18616395502"),
]

_T, _I, _D, _R = ProductType.TONER, ProductType.INK, ProductType.DRUM, ProductType.RIBBON

#: Unit (单位) of each kind of consumable, and the share of the price the outlet pays its supplier.
UNITS = {ProductType.TONER: "支", ProductType.INK: "个", ProductType.DRUM: "支", ProductType.RIBBON: "个",
         ProductType.OTHER: "个"}
COST_SHARE_PERCENT = 58

#: Specification (规格) by model: rated page yield, or the volume of ink bottles.
SPECIFICATIONS = {
    "CF283A": "1,500 页", "CF226A": "3,100 页", "CE285A": "1,600 页", "CF230A": "1,600 页",
    "W1108A": "1,000 页", "CF410A": "2,300 页", "CH561ZZ": "120 页", "CRG-328": "2,100 页",
    "CRG-337": "2,400 页", "CRG-325": "1,600 页", "CRG-045H": "2,800 页", "PG-845": "180 页",
    "TN-2325": "1,200 页", "DR-2350": "12,000 页", "TN-B020": "2,600 页", "LC-3619XL": "3,000 页",
    "T6641": "70 ml", "T6642": "70 ml", "T6643": "70 ml", "T6644": "70 ml", "T03Y1": "65 ml",
    "ERC-32": "紫色", "S015290": "黑色", "SP C250": "2,000 页", "MP 2014": "9,000 页",
    "SP 200C": "1,500 页", "TK-1175": "12,000 页", "TK-1125": "2,100 页", "DK-1150": "100,000 页",
}

#: (type, brand, model, Chinese name, compatible printers, price in yuan)
PRODUCTS = [
    (_T, "HP", "CF283A", "83A 黑色硒鼓", "LaserJet Pro M125nw, M127fn, M201dw, M225dn", "268.00"),
    (_T, "HP", "CF226A", "26A 黑色硒鼓", "LaserJet Pro M402n, M402dn, M426fdn", "699.00"),
    (_T, "HP", "CE285A", "85A 黑色硒鼓", "LaserJet Pro P1102, P1102w, M1132, M1212nf", "389.00"),
    (_T, "HP", "CF230A", "30A 黑色硒鼓", "LaserJet Pro M203dn, M227fdw, M227sdn", "459.00"),
    (_T, "HP", "W1108A", "108A 黑色碳粉盒", "Laser 108a, 108w, MFP 136a, 136w, 138p", "199.00"),
    (_T, "HP", "CF410A", "410A 黑色硒鼓", "Color LaserJet Pro M452dn, M477fdw", "829.00"),
    (_I, "HP", "CH561ZZ", "802 黑色墨盒", "Deskjet 1050, 1510, 2050, 2540", "89.00"),
    (_T, "Canon", "CRG-328", "328 黑色硒鼓", "imageCLASS MF4712, MF4752, MF4820d, MF4870dn", "455.00"),
    (_T, "Canon", "CRG-337", "337 黑色硒鼓", "imageCLASS MF211, MF212w, MF226dn, MF249dw", "488.00"),
    (_T, "Canon", "CRG-325", "325 黑色硒鼓", "LBP6000, LBP6018, MF3010", "399.00"),
    (_T, "Canon", "CRG-045H", "045H 黑色大容量硒鼓", "imageCLASS MF631Cn, MF633Cdw, LBP611Cn", "769.00"),
    (_I, "Canon", "PG-845", "845 黑色墨盒", "PIXMA MG2580s, MG2980, TS3180, iP2880", "79.00"),
    (_T, "Brother", "TN-2325", "TN-2325 黑色粉盒", "HL-2260D, HL-2560DN, DCP-7080D, MFC-7880DN", "238.00"),
    (_D, "Brother", "DR-2350", "DR-2350 硒鼓架", "HL-2260D, HL-2560DN, DCP-7080D, MFC-7880DN", "399.00"),
    (_T, "Brother", "TN-B020", "TN-B020 黑色粉盒", "HL-B2050DN, DCP-B7520DW, MFC-B7700D", "259.00"),
    (_I, "Brother", "LC-3619XL", "LC-3619XL 黑色墨盒", "MFC-J2330DW, MFC-J3530DW, MFC-J3930DW", "219.00"),
    (_I, "Epson", "T6641", "T664 黑色墨水瓶 70ml", "L101, L201, L360, L380, L565, L1300", "49.00"),
    (_I, "Epson", "T6642", "T664 青色墨水瓶 70ml", "L101, L201, L360, L380, L565, L1300", "49.00"),
    (_I, "Epson", "T6643", "T664 洋红墨水瓶 70ml", "L101, L201, L360, L380, L565, L1300", "49.00"),
    (_I, "Epson", "T6644", "T664 黄色墨水瓶 70ml", "L101, L201, L360, L380, L565, L1300", "49.00"),
    (_I, "Epson", "T03Y1", "003 黑色墨水瓶 65ml", "L3118, L3119, L3158, L3256", "45.00"),
    (_R, "Epson", "ERC-32", "ERC-32 色带架", "TM-U675, TM-U220, M-U420", "28.00"),
    (_R, "Epson", "S015290", "LQ-630K 色带架", "LQ-630K, LQ-635K, LQ-730K, LQ-80KF", "35.00"),
    (_T, "Ricoh", "SP C250", "SP C250 黑色碳粉盒", "SP C250DN, SP C250SF, SP C261DNw", "459.00"),
    (_T, "Ricoh", "MP 2014", "MP 2014 黑色碳粉", "MP 2014, MP 2014D, MP 2014AD", "189.00"),
    (_T, "Ricoh", "SP 200C", "SP 200C 黑色硒鼓", "SP 200, SP 210SU, SP 221SNw", "359.00"),
    (_T, "Kyocera", "TK-1175", "TK-1175 黑色墨粉盒", "ECOSYS M2540dn, M2640idw", "498.00"),
    (_T, "Kyocera", "TK-1125", "TK-1125 黑色墨粉盒", "FS-1060DN, FS-1025MFP, FS-1125MFP", "365.00"),
    (_D, "Kyocera", "DK-1150", "DK-1150 感光鼓组件", "ECOSYS M2540dn, M2640idw, P2235dn", "1280.00"),
    (_T, "Lenovo", "LD2451", "LD2451 黑色硒鼓", "LJ2400, LJ2400L, M7400, M7450F", "299.00"),
    (_T, "Lenovo", "LT2451", "LT2451 黑色墨粉盒", "LJ2400, LJ2400L, M7400, M7450F", "159.00"),
    (_D, "Lenovo", "LD228", "LD228 硒鼓", "LJ2208, LJ2218, M7208, M7218", "258.00"),
    (_D, "Pantum", "PD-213", "PD-213 硒鼓", "P2206, P2506W, M6202, M6506NW", "189.00"),
    (_T, "Pantum", "TO-400", "TO-400 黑色粉盒", "P3010D, P3300DN, M6700D, M7100DN", "219.00"),
    (_D, "Pantum", "DO-400", "DO-400 鼓组件", "P3010D, P3300DN, M6700D, M7100DN", "329.00"),
    (_T, "Fuji Xerox", "CT202330", "CT202330 黑色墨粉盒", "DocuPrint P225d, P265dw, M225dw, M265z", "369.00"),
    (_D, "Fuji Xerox", "CT351055", "CT351055 感光鼓", "DocuPrint P225d, P265dw, M225dw, M265z", "459.00"),
    (_T, "Fuji Xerox", "CT201610", "CT201610 黑色硒鼓", "DocuPrint P205b, M205b, M215b, P215b", "319.00"),
    (_T, "Samsung", "MLT-D111S", "D111S 黑色硒鼓", "Xpress M2020, M2022W, M2070, M2071FH", "329.00"),
    (_T, "Sharp", "MX-235CT", "MX-235CT 黑色墨粉", "AR-1808S, AR-2008D, AR-2308D, AR-2035", "169.00"),
    (_T, "Konica Minolta", "TN116", "TN116 黑色碳粉", "bizhub 164, 165e, 185e, 7718", "159.00"),
    (_D, "Konica Minolta", "DR311K", "DR311K 黑色成像单元", "bizhub C220, C280, C360", "1450.00"),
]

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程"
            "苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵"
            "万钱严覃武戴莫孔向汤")
#: Roughly how common each surname is (per mille of people): 王, 李 and 张 are each about 7 %.
SURNAME_WEIGHTS = [72, 71, 69, 54, 45, 31, 22, 21, 20, 19] + [max(2, 15 - i // 6) for i in range(len(SURNAMES) - 10)]
COMPOUND_SURNAMES = ("欧阳", "司马", "上官", "诸葛", "东方")

GIVEN_CHARS_MALE = "伟强磊军洋勇杰涛明超刚平辉鹏华飞鑫波斌宇浩凯健俊帆帅旭宁龙林欢阳建国志峰亮成晨"
GIVEN_CHARS_FEMALE = "芳娜敏静丽艳娟霞秀燕玲桂英丹萍红琳雪慧颖洁婷倩璐瑶怡佳欣梅兰晶月莉蕾薇蓉"

ENGLISH_NAMES = ("James Miller", "Emily Carter", "David Thompson", "Sarah Johnson", "Michael Brown",
                 "Laura Schmidt", "Peter Wagner", "Anna Müller", "John O'Brien", "Kenji Tanaka",
                 "Yuki Sato", "Kim Min-jun", "Robert Clarke", "Sophie Martin", "Lucas Dubois",
                 "Olivia Wilson", "Daniel Lee", "Grace Chen", "Thomas Becker", "Maria Rossi")

COMPANIES = (
    "上海华东电气有限公司", "上海浦东发展银行张江支行", "上海陆家嘴金融贸易区开发股份有限公司",
    "上海仁济医院东院", "上海市第三建筑工程有限公司", "上海东方明珠广播电视塔有限公司",
    "上海金桥出口加工区开发股份有限公司", "上海锦江国际酒店管理有限公司", "上海张江高科技园区开发股份有限公司",
    "上海浦东新区人民法院", "上海海事大学", "复旦大学附属华山医院", "上海百联集团股份有限公司",
    "上海申通地铁集团有限公司", "北京京东世纪贸易有限公司", "北京朝阳区教育委员会",
    "苏州工业园区管理委员会", "苏州科达科技股份有限公司", "杭州海康威视数字技术股份有限公司",
    "南京银行股份有限公司", "无锡药明康德新药开发股份有限公司", "宁波舟山港股份有限公司",
    "Acme Trading (Shanghai) Co., Ltd.", "Siemens Ltd., China", "Bosch (Shanghai) Smart Life Technology Ltd.",
    "Deloitte Touche Tohmatsu (Shanghai)", "Shanghai Maple Leaf International School",
    "Nordic Freight Logistics (Shanghai) Co., Ltd.", "Pacific Dental Clinic Shanghai",
    "Bluewater Engineering Consultants Ltd.", "Greenfield Biotech (Suzhou) Co., Ltd.",
    "上海徐汇区田林街道社区事务受理中心", "上海外高桥保税区联合发展有限公司", "上海国际汽车城发展有限公司",
    "上海市浦东新区公利医院", "中国太平洋保险(集团)股份有限公司", "上海世纪出版集团",
    "上海洋山港集装箱码头有限公司", "上海迪士尼度假区", "上海张江生物医药基地开发有限公司",
)

#: (province and city, districts, roads)
ADDRESS_AREAS = [
    ("上海市", ("浦东新区",), ("世纪大道", "张杨路", "浦东南路", "陆家嘴环路", "碧波路", "张江路", "金科路",
                             "川沙路", "锦绣路", "杨高南路", "东方路", "龙阳路", "高科西路", "航头路")),
    ("上海市", ("徐汇区", "静安区", "长宁区", "黄浦区", "闵行区", "杨浦区", "普陀区", "宝山区"),
     ("漕溪北路", "南京西路", "延安西路", "淮海中路", "虹桥路", "四平路", "中山北路", "七莘路", "武宁路",
      "牡丹江路", "肇嘉浜路", "天山路")),
    ("北京市", ("朝阳区", "海淀区", "东城区", "西城区", "丰台区"),
     ("建国路", "朝阳北路", "中关村大街", "学院路", "东直门内大街", "金融大街", "望京街", "三里屯路")),
    ("江苏省苏州市", ("工业园区", "姑苏区", "吴中区", "高新区"),
     ("星湖街", "现代大道", "金鸡湖大道", "人民路", "干将路", "狮山路", "东环路")),
    ("浙江省杭州市", ("西湖区", "滨江区", "余杭区"), ("文三路", "江南大道", "文一西路", "天目山路")),
    ("江苏省南京市", ("鼓楼区", "建邺区", "玄武区"), ("中山路", "江东中路", "北京东路", "汉中路")),
]

BUILDING_SUFFIXES = ("号", "号A座", "号B座", "弄", "号院", "号大厦")

MOBILE_PREFIXES = ("130", "131", "132", "133", "135", "136", "137", "138", "139", "150", "151", "152",
                   "153", "155", "156", "157", "158", "159", "180", "181", "182", "186", "187", "188", "189")
LANDLINE_AREAS = ("021", "021", "021", "021", "010", "0512", "0571", "025")

EMAIL_DOMAINS = ("qq.com", "163.com", "126.com", "sina.com", "outlook.com", "gmail.com")

#: Job descriptions by fault category, as the clerk types them.
DESCRIPTIONS = {
    FaultCategory.PRINT_QUALITY: ("打印有竖向黑条", "打印颜色很淡，字迹模糊", "页面有重影", "打印出来底灰很重",
                                  "每隔一段有黑点", "文字边缘发虚，有拖影", "彩色偏色严重"),
    FaultCategory.NOT_RECOGNISED: ("打印机提示无法识别硒鼓", "换上新墨盒后提示耗材错误", "芯片报错，显示非原装耗材",
                                   "提示墨水不足但刚换新的"),
    FaultCategory.LEAK: ("硒鼓漏粉，纸上有粉末", "墨水瓶漏墨，弄脏了打印机", "粉盒侧面漏粉"),
    FaultCategory.PAPER_JAM: ("装上新硒鼓后频繁卡纸", "打印时有异响", "进纸时纸张褶皱"),
    FaultCategory.EMPTY_EARLY: ("打了不到五百页就没粉了", "墨盒很快用完，远低于标称页数", "新粉盒很快提示粉量低"),
    FaultCategory.PHYSICAL_DAMAGE: ("收到的硒鼓外壳破裂", "运输中包装破损，墨盒变形", "感光鼓表面有划痕"),
    FaultCategory.OTHER: ("客户询问耗材兼容问题并要求上门检查", "需要上门更换耗材并清洁打印机", "打印机报错代码，需要诊断"),
}

FAULT_WEIGHTS = {FaultCategory.PRINT_QUALITY: 30, FaultCategory.NOT_RECOGNISED: 18, FaultCategory.LEAK: 12,
                 FaultCategory.PAPER_JAM: 10, FaultCategory.EMPTY_EARLY: 12,
                 FaultCategory.PHYSICAL_DAMAGE: 8, FaultCategory.OTHER: 10}

#: (symptom confirmed on site, diagnosis, work done) by fault category.
REPAIR_WORDS = {
    FaultCategory.PRINT_QUALITY: [("测试页有竖向黑条", "感光鼓表面磨损", "更换硒鼓，清洁定影组件"),
                                  ("打印浓度偏低", "粉仓碳粉结块，供粉不均", "摇匀碳粉，更换粉盒，调整打印浓度"),
                                  ("底灰明显", "充电辊污染", "清洁充电辊，更换硒鼓")],
    FaultCategory.NOT_RECOGNISED: [("提示耗材无法识别", "芯片触点氧化", "清洁芯片触点，重新安装"),
                                   ("报耗材错误", "芯片与机型固件不匹配", "更换匹配芯片的新耗材，升级固件")],
    FaultCategory.LEAK: [("机内有散落碳粉", "废粉仓密封条脱落", "清理机内碳粉，更换硒鼓"),
                         ("墨水溢出", "墨水瓶盖未拧紧，墨路有气泡", "清洁墨路，排出气泡，更换墨水瓶")],
    FaultCategory.PAPER_JAM: [("定影处卡纸", "硒鼓安装不到位", "重新安装硒鼓，清理进纸通道"),
                              ("运转异响", "硒鼓齿轮断齿", "更换硒鼓，检查传动齿轮")],
    FaultCategory.EMPTY_EARLY: [("粉量计数异常", "打印覆盖率高于标准5%", "核对打印量，更换粉盒并讲解省粉模式"),
                                ("墨量提示异常", "墨量计数器未复位", "复位计数器，更换墨盒")],
    FaultCategory.PHYSICAL_DAMAGE: [("外壳破裂", "运输损坏", "更换新耗材，登记运输损坏"),
                                    ("鼓面划痕", "出厂或运输损伤", "更换感光鼓")],
    FaultCategory.OTHER: [("打印机报错", "耗材安装不规范", "重新安装耗材，指导客户正确使用"),
                          ("客户咨询兼容性", "耗材与机型兼容", "现场测试打印，讲解使用注意事项")],
}

TESTS = ("打印测试页20张，无异常", "打印自检页及彩色测试页，效果正常", "连续打印50页，无卡纸无异响",
         "打印灰度测试页，浓度正常", "客户现场确认打印效果")
TOOLS = ("防静电手套、吸粉器、清洁套装", "螺丝刀套装、万用表、清洁布", "吸粉器、备用硒鼓", "墨路清洗液、针筒、清洁布")
ESCALATION_REASONS = ("多次维修未解决，需要经理协调", "客户要求退换并投诉，需经理处理", "疑似批次质量问题，需上报",
                      "涉及主板故障，超出耗材维修范围")
REOPEN_REASONS = ("回访时客户反映问题复现，需再次上门", "客户不满意打印效果，安排再次上门维修")
CANCEL_REASONS = ("客户自行解决，撤销工单", "客户重复报修，合并到其他工单", "客户联系不上，多次回访无果",
                  "客户改为直接购买新耗材")
LOW_SATISFACTION_NOTES = ("客户认为响应太慢", "客户对更换周期不满意", "客户希望直接换新")
CLOSE_NOTES = ("回访客户，确认打印正常", "客户满意", "电话回访，客户确认已解决", "")
