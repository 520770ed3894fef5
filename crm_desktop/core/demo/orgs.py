"""Organizations of project-financing work: banks, funds, sponsors, advisers, law firms, projects.

Real institutions give the demo its feel; every person, number and address beside them is made up,
and e-mail domains end in `.example.com` so that nothing can reach a real inbox.
"""

from __future__ import annotations

import random

CATEGORIES = ("bank", "fund", "sponsor", "adviser", "law", "project")
REGIONS = ("CN", "HK", "TW", "SG", "GB")

# (display name, other names "|"-separated, category, region, e-mail/web slug). Listed in the
# order a small demo uses them: the first ten already mix categories, regions and scripts.
ANCHORS: tuple[tuple[str, str, str, str, str], ...] = (
    ("中国工商银行", "中國工商銀行|Industrial and Commercial Bank of China|ICBC", "bank", "CN", "icbc"),
    ("华能新能源", "華能新能源|Huaneng Renewables", "sponsor", "CN", "hnr"),
    ("國泰世華銀行", "国泰世华银行|Cathay United Bank", "bank", "TW", "cathaybk"),
    ("金杜律师事务所", "金杜律師事務所|King & Wood Mallesons", "law", "CN", "kwm"),
    ("Standard Chartered", "渣打銀行|渣打银行|Standard Chartered Bank", "bank", "HK", "sc"),
    ("丝路基金", "絲路基金|Silk Road Fund", "fund", "CN", "silkroadfund"),
    ("沃旭能源", "Ørsted Taiwan", "sponsor", "TW", "orsted"),
    ("中国国际金融股份有限公司", "中國國際金融|CICC|中金公司", "adviser", "CN", "cicc"),
    ("理律法律事務所", "理律法律事务所|Lee and Li", "law", "TW", "leeandli"),
    ("Temasek", "淡马锡|淡馬錫|Temasek Holdings", "fund", "SG", "temasek"),
    ("中国银行", "中國銀行|Bank of China", "bank", "CN", "boc"),
    ("香港上海滙豐銀行", "HSBC|香港上海汇丰银行|The Hongkong and Shanghai Banking Corporation", "bank",
     "HK", "hsbc"),
    ("国家电力投资集团", "國家電力投資集團|State Power Investment Corporation|SPIC", "sponsor", "CN",
     "spic"),
    ("Clifford Chance", "高伟绅律师事务所|高偉紳律師行", "law", "HK", "cliffordchance"),
    ("DBS Bank", "星展银行|星展銀行", "bank", "SG", "dbs"),
    ("Mott MacDonald", "莫特麦克唐纳", "adviser", "GB", "mottmac"),
    ("国家开发银行", "國家開發銀行|China Development Bank|CDB", "bank", "CN", "cdb"),
    ("中國信託商業銀行", "中国信托商业银行|CTBC Bank", "bank", "TW", "ctbcbank"),
    ("Macquarie Asset Management", "麦格理资产管理|麥格理資產管理", "fund", "HK", "macquarie"),
    ("三峡新能源", "三峽新能源|China Three Gorges Renewables", "sponsor", "CN", "ctgr"),
    ("中国建设银行", "中國建設銀行|China Construction Bank|CCB", "bank", "CN", "ccb"),
    ("方达律师事务所", "方達律師事務所|Fangda Partners", "law", "CN", "fangdalaw"),
    ("OCBC", "华侨银行|華僑銀行|Oversea-Chinese Banking Corporation", "bank", "SG", "ocbc"),
    ("毕马威", "畢馬威|KPMG", "adviser", "CN", "kpmg"),
    ("招商局港口", "China Merchants Port Holdings", "sponsor", "HK", "cmport"),
    ("中国进出口银行", "中國進出口銀行|Export-Import Bank of China|China Exim", "bank", "CN", "eximbank"),
    ("兆豐國際商業銀行", "兆丰国际商业银行|Mega International Commercial Bank", "bank", "TW", "megabank"),
    ("Global Infrastructure Partners", "GIP", "fund", "GB", "gip"),
    ("龙源电力", "龍源電力|China Longyuan Power", "sponsor", "CN", "clypg"),
    ("Allen & Overy", "安理国际律师事务所|A&O Shearman", "law", "GB", "allenovery"),
    ("BNP Paribas", "法国巴黎银行|法國巴黎銀行", "bank", "HK", "bnpparibas"),
    ("德勤", "Deloitte", "adviser", "HK", "deloitte"),
    ("中广核新能源", "中廣核新能源|CGN New Energy", "sponsor", "CN", "cgnne"),
    ("招商银行", "招商銀行|China Merchants Bank|CMB", "bank", "CN", "cmbchina"),
    ("中伦律师事务所", "中倫律師事務所|Zhong Lun Law Firm", "law", "CN", "zhonglun"),
    ("中國投資有限責任公司", "中国投资有限责任公司|China Investment Corporation|CIC", "fund", "CN",
     "china-inv"),
    ("United Overseas Bank", "大华银行|大華銀行|UOB", "bank", "SG", "uob"),
    ("台灣電力公司", "台湾电力公司|Taipower", "sponsor", "TW", "taipower"),
    ("普华永道", "普華永道|PwC", "adviser", "CN", "pwc"),
    ("Linklaters", "年利达律师事务所|年利達律師事務所", "law", "HK", "linklaters"),
    ("中国农业银行", "中國農業銀行|Agricultural Bank of China|ABC", "bank", "CN", "abchina"),
    ("中国交通建设", "中國交通建設|China Communications Construction|CCCC", "sponsor", "CN", "ccccltd"),
    ("Copenhagen Infrastructure Partners", "哥本哈根基礎建設基金|CIP", "fund", "TW", "cip"),
    ("Sumitomo Mitsui Banking Corporation", "SMBC|三井住友银行", "bank", "SG", "smbc"),
    ("安永", "EY|Ernst & Young", "adviser", "SG", "ey"),
    ("君合律师事务所", "君合律師事務所|JunHe", "law", "CN", "junhe"),
    ("中銀香港", "中银香港|Bank of China (Hong Kong)|BOCHK", "bank", "HK", "bochk"),
    ("中国电建", "中國電建|PowerChina", "sponsor", "CN", "powerchina"),
    ("GIC", "新加坡政府投资公司|GIC Private Limited", "fund", "SG", "gic"),
    ("奥雅纳", "奧雅納|Arup", "adviser", "HK", "arup"),
    ("Baker McKenzie", "贝克麦坚时|貝克麥堅時", "law", "SG", "bakermckenzie"),
    ("交通银行", "交通銀行|Bank of Communications", "bank", "CN", "bankcomm"),
    ("越秀交通基建", "越秀交通基建|Yuexiu Transport Infrastructure", "sponsor", "HK", "yuexiutransport"),
    ("Barclays", "巴克莱银行|巴克萊銀行", "bank", "GB", "barclays"),
    ("中金资本", "中金資本|CICC Capital", "fund", "CN", "cicccapital"),
    ("DNV", "挪威船级社|DNV Energy Systems", "adviser", "GB", "dnv"),
    ("Herbert Smith Freehills", "史密夫斐尔|史密夫斐爾", "law", "HK", "hsf"),
    ("Société Générale", "法国兴业银行|法國興業銀行|SocGen", "bank", "GB", "socgen"),
    ("Sembcorp Industries", "胜科工业|勝科工業", "sponsor", "SG", "sembcorp"),
    ("臺灣銀行", "台湾银行|Bank of Taiwan", "bank", "TW", "bot"),
    ("国家绿色发展基金", "國家綠色發展基金|National Green Development Fund", "fund", "CN", "ngdf"),
    ("中信证券", "中信證券|CITIC Securities", "adviser", "CN", "citics"),
    ("White & Case", "伟凯律师事务所|偉凱律師事務所", "law", "SG", "whitecase"),
    ("亚洲基础设施投资银行", "亞洲基礎設施投資銀行|Asian Infrastructure Investment Bank|AIIB", "bank",
     "CN", "aiib"),
    ("CLP Holdings", "中電控股|中电控股", "sponsor", "HK", "clp"),
    ("Brookfield Infrastructure", "博枫基础设施|Brookfield", "fund", "GB", "brookfield"),
    ("Rothschild & Co", "罗斯柴尔德|羅斯柴爾德", "adviser", "GB", "rothschild"),
    ("MUFG Bank", "三菱日联银行|三菱日聯銀行", "bank", "HK", "mufg"),
    ("富邦人壽", "富邦人寿|Fubon Life Insurance", "fund", "TW", "fubon"),
    ("International Finance Corporation", "国际金融公司|IFC", "bank", "GB", "ifc"),
)

# (简体 place, English, region of the company that runs a project there)
PLACES: tuple[tuple[str, str, str], ...] = tuple(tuple(line.split("|")) for line in """
青海格尔木|Golmud|CN
内蒙古乌兰察布|Ulanqab|CN
甘肃酒泉|Jiuquan|CN
河北张家口|Zhangjiakou|CN
江苏如东|Rudong|CN
广东阳江|Yangjiang|CN
福建平潭|Pingtan|CN
新疆哈密|Hami|CN
宁夏中卫|Zhongwei|CN
山东烟台|Yantai|CN
浙江舟山|Zhoushan|CN
云南大理|Dali|CN
四川凉山|Liangshan|CN
广西钦州|Qinzhou|CN
海南洋浦|Yangpu|CN
湖北宜昌|Yichang|CN
贵州毕节|Bijie|CN
安徽阜阳|Fuyang|CN
彰化|Changhua|TW
苗栗|Miaoli|TW
云林|Yunlin|TW
台南|Tainan|TW
高雄|Kaohsiung|TW
屏东|Pingtung|TW
越南宁顺|Ninh Thuan|SG
印尼巴塘|Batang|SG
巴基斯坦信德|Sindh|SG
巴基斯坦瓜达尔|Gwadar|SG
孟加拉帕亚拉|Payra|SG
马来西亚关丹|Kuantan|SG
菲律宾八打雁|Batangas|SG
泰国罗勇|Rayong|SG
英国东安格利亚|East Anglia|GB
澳大利亚昆士兰|Queensland|GB
""".strip().splitlines())

# (简体 kind, English kind, 简体 capacity format, English capacity format, low, high, step)
PROJECT_TYPES: tuple[tuple[str, str, str, str, int, int, int], ...] = (
    ("光伏电站", "Solar PV", "{}MW", "{}MW", 50, 500, 10),
    ("风电场", "Wind Farm", "{}MW", "{}MW", 50, 400, 25),
    ("海上风电", "Offshore Wind", "{}MW", "{}MW", 300, 1000, 50),
    ("高速公路", "Toll Road", "{}公里", "{}km", 40, 260, 1),
    ("集装箱码头", "Container Terminal", "{}泊位", "{}-Berth", 2, 8, 1),
    ("储能电站", "Battery Storage", "{}MWh", "{}MWh", 100, 800, 50),
    ("抽水蓄能电站", "Pumped Storage", "{}MW", "{}MW", 600, 1800, 100),
    ("垃圾焚烧发电", "Waste-to-Energy", "{}吨/日", "{}t/d", 1000, 3000, 250),
    ("数据中心", "Data Centre", "{}MW", "{}MW", 20, 100, 4),
)

# (简体 city, English city, region) for branches and addresses
CITIES: tuple[tuple[str, str, str], ...] = tuple(tuple(line.split("|")) for line in """
北京|Beijing|CN
上海|Shanghai|CN
深圳|Shenzhen|CN
广州|Guangzhou|CN
江苏省|Jiangsu|CN
浙江省|Zhejiang|CN
四川省|Sichuan|CN
青海省|Qinghai|CN
内蒙古自治区|Inner Mongolia|CN
新疆维吾尔自治区|Xinjiang|CN
甘肃省|Gansu|CN
福建省|Fujian|CN
山东省|Shandong|CN
香港|Hong Kong|HK
九龙|Kowloon|HK
台北|Taipei|TW
台中|Taichung|TW
高雄|Kaohsiung|TW
新加坡|Singapore|SG
伦敦|London|GB
""".strip().splitlines())

FUND_WORDS_EN = (("Harbour", "Meridian", "Pacific", "Summit", "Granite", "Lotus", "Jade", "Keystone",
                  "Northbridge", "Evergreen", "Azure", "Peninsula"),
                 ("Infrastructure", "Capital", "Energy Transition", "Renewables", "Sustainable Assets"),
                 ("Partners", "Fund", "Investors", "Management"))
# 简体 character, pinyin: Chinese trade names are two such characters
_TRADE_TEXT = """
弘,hong 晟,sheng 鼎,ding 泰,tai 瑞,rui 华,hua 信,xin 盛,sheng 元,yuan 恒,heng 汇,hui 通,tong
融,rong 银,yin 安,an 合,he 远,yuan 致,zhi 中,zhong 源,yuan 睿,rui 君,jun 德,de 金,jin
"""
TRADE_CHARS = tuple(tuple(item.split(",")) for item in _TRADE_TEXT.split())
SPONSOR_SUFFIX = (("新能源集团有限公司", "New Energy Group"), ("能源投资有限公司", "Energy Investment Co."),
                  ("交通投资集团", "Transport Investment Group"), ("港务集团", "Port Group"),
                  ("绿色能源发展有限公司", "Green Energy Development Co."))
CN_SUFFIX = {"fund": ("资本管理有限公司", "Capital Management"),
             "adviser": ("会计师事务所", "Certified Public Accountants"),
             "law": ("律师事务所", "Law Firm")}
STREETS = (("金融大街", "Financial Street"), ("世纪大道", "Century Avenue"), ("深南大道", "Shennan Road"),
           ("皇后大道中", "Queen's Road Central"), ("信义路五段", "Xinyi Road Sec. 5"),
           ("Marina Boulevard", "Marina Boulevard"), ("Bishopsgate", "Bishopsgate"))


_PLACES_BY_REGION = {r: tuple(p for p in PLACES if p[2] == r) for r in REGIONS}


def project(rng: random.Random, region: str | None = None) -> tuple[str, str, str]:
    """A project (简体 name, English name, region), in `region` when it has places."""
    place_zh, place_en, region = rng.choice(_PLACES_BY_REGION.get(region or "", ()) or PLACES)
    kind_zh, kind_en, cap_zh, cap_en, low, high, step = rng.choice(PROJECT_TYPES)
    size = rng.randrange(low, high + 1, step)
    return (f"{place_zh}{cap_zh.format(size)}{kind_zh}项目",
            f"{place_en} {cap_en.format(size)} {kind_en} Project", region)
