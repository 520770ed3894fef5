"""Common Chinese characters, to tell a right decoding from a wrong one.

A wrong guess between GBK and Big5 often decodes without error but yields rare characters (and
kana or private-use ones): counting characters from this list picks the right one. The list is
the most frequent simplified characters of general text, plus surnames, given-name characters
and the words of business contact lists; traditional forms come from OpenCC.
"""

from __future__ import annotations

from functools import cache

import opencc

_SIMPLIFIED = (
    "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可"
    "她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三"
    "已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女"
    "问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由"
    "却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路"
    "期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八"
    "特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花"
    "快条院变联言权往展该领传近留红治决周保达办运武半候七必城父强步完革深区即求品士转量空甚众技轻程"
    "告江语英基派满式李息写呢识极令黄德收脸钱党倒未持取设始版双历越史商千片容研像找友孩站广改议形委"
    "早房音火际则首单据导影失拿网香似斯专石若兵弟谁校读志飞观争究包组造落视济喜离虽坏兴切团装消司"
    "银投融项目客户邮箱址备注同额限责集股份科控基管本证券托险租赁能源力设程置贸易际州津庆杭宁汉都"
    "苏省县街号楼室厦心部支董副裁任财首执伙律顾问刘陈杨赵吴徐孙朱胡郭罗郑梁谢宋唐韩冯邓曹彭曾肖田"
    "袁潘于蒋蔡余杜叶苏魏吕丁沈姚卢姜崔钟谭陆汪范廖贾夏韦付邹孟熊秦邱尹薛闫段雷侯龙陶黎贺顾郝龚邵"
    "严覃戴莫孔汤伟芳娜秀敏静丽磊洋勇艳杰娟涛超兰霞刚桂辉鹏斌宇浩凯晨欣怡婷雪梅琳晶慧颖佳俊峰亮波"
    "玲丹萍燕红娟婷建国志军春晓东平福林永玉秋珍琴云凤霞荣坤鑫淑莉倩琪瑞祥宏博昊轩泽涵睿航旭嘉鸿"
    "电话手机传真网站邮编城市国家区域类型等级标签生日职位务职称姓名备注负责人阶段预计关闭日期概率"
    "描述状态会议拜访记录内容主题参与合作伙伴签约贷款债券并购财务顾问尽职调查条款清单审批线索委托"
    "元亿万美港币台新加坡澳门深圳广东浙江江苏山东河南湖北湖南四川福建安徽辽宁吉林黑龙陕西云贵州"
    "先生女士小姐经理总监主管助理秘书工程师会计律师顾问研究员分析员合伙人董事长总经理副总裁"
)


@cache
def common_chars() -> frozenset[str]:
    chars = set(_SIMPLIFIED)
    for config in ("s2t", "s2tw", "s2hk"):
        chars.update(opencc.OpenCC(config).convert(_SIMPLIFIED))
    return frozenset(c for c in chars if "\u3400" <= c <= "\u9fff")
