"""People's names for the demo: Chinese (简体 and 繁體, with pinyin) and English.

Name characters are listed by hand in both scripts: a converter would turn the surname 余 into 餘.
"""

from __future__ import annotations

import random

# simplified, traditional, pinyin, Hong Kong romanization, Taiwan (Wade-Giles) romanization
SURNAMES: tuple[tuple[str, ...], ...] = tuple(tuple(line.split()) for line in """
王 王 Wang Wong Wang
李 李 Li Lee Lee
张 張 Zhang Cheung Chang
刘 劉 Liu Lau Liu
陈 陳 Chen Chan Chen
杨 楊 Yang Yeung Yang
黄 黃 Huang Wong Huang
赵 趙 Zhao Chiu Chao
吴 吳 Wu Ng Wu
周 周 Zhou Chow Chou
徐 徐 Xu Tsui Hsu
孙 孫 Sun Suen Sun
马 馬 Ma Ma Ma
朱 朱 Zhu Chu Chu
胡 胡 Hu Wu Hu
郭 郭 Guo Kwok Kuo
何 何 He Ho Ho
林 林 Lin Lam Lin
高 高 Gao Ko Kao
罗 羅 Luo Law Lo
郑 鄭 Zheng Cheng Cheng
梁 梁 Liang Leung Liang
谢 謝 Xie Tse Hsieh
宋 宋 Song Sung Sung
唐 唐 Tang Tong Tang
许 許 Xu Hui Hsu
韩 韓 Han Hon Han
冯 馮 Feng Fung Feng
邓 鄧 Deng Tang Teng
曹 曹 Cao Tso Tsao
彭 彭 Peng Pang Peng
曾 曾 Zeng Tsang Tseng
萧 蕭 Xiao Siu Hsiao
田 田 Tian Tin Tien
董 董 Dong Tung Tung
潘 潘 Pan Poon Pan
袁 袁 Yuan Yuen Yuan
蔡 蔡 Cai Choi Tsai
蒋 蔣 Jiang Tseung Chiang
余 余 Yu Yu Yu
叶 葉 Ye Yip Yeh
杜 杜 Du To Tu
苏 蘇 Su So Su
魏 魏 Wei Ngai Wei
程 程 Cheng Ching Cheng
吕 呂 Lyu Lui Lu
丁 丁 Ding Ting Ting
沈 沈 Shen Shum Shen
欧阳 歐陽 Ouyang Au-Yeung Ouyang
司马 司馬 Sima Sze-Ma Ssu-Ma
上官 上官 Shangguan Sheung-Kwun Shangkuan
""".strip().splitlines())

# simplified, traditional, pinyin of characters used in given names
_GIVEN_TEXT = """
伟,偉,wei 芳,芳,fang 娜,娜,na 敏,敏,min 静,靜,jing 丽,麗,li 强,強,qiang 磊,磊,lei
军,軍,jun 洋,洋,yang 勇,勇,yong 艳,艷,yan 杰,傑,jie 娟,娟,juan 涛,濤,tao 明,明,ming
超,超,chao 秀,秀,xiu 霞,霞,xia 平,平,ping 刚,剛,gang 华,華,hua 建,建,jian 国,國,guo
志,志,zhi 宏,宏,hong 海,海,hai 文,文,wen 晓,曉,xiao 俊,俊,jun 佳,佳,jia 欣,欣,xin
婷,婷,ting 慧,慧,hui 嘉,嘉,jia 怡,怡,yi 雅,雅,ya 宇,宇,yu 浩,浩,hao 子,子,zi
涵,涵,han 萱,萱,xuan 博,博,bo 思,思,si 颖,穎,ying 梓,梓,zi 琳,琳,lin 璐,璐,lu
鹏,鵬,peng 晨,晨,chen 辉,輝,hui 龙,龍,long 凯,凱,kai 峰,峰,feng 云,雲,yun 蕾,蕾,lei
瑶,瑤,yao 诗,詩,shi 雯,雯,wen 倩,倩,qian 卫,衛,wei 东,東,dong 伦,倫,lun 荣,榮,rong
鸿,鴻,hong 锦,錦,jin 进,進,jin 达,達,da 宁,寧,ning 安,安,an 恩,恩,en 爱,愛,ai
美,美,mei 玲,玲,ling 家,家,jia 豪,豪,hao 德,德,de 瑞,瑞,rui 凤,鳳,feng 兰,蘭,lan
诚,誠,cheng 毅,毅,yi 飞,飛,fei 乐,樂,le 欢,歡,huan 振,振,zhen 祥,祥,xiang 庆,慶,qing
"""
GIVEN: tuple[tuple[str, ...], ...] = tuple(tuple(item.split(",")) for item in _GIVEN_TEXT.split())

_ENGLISH_GIVEN_TEXT = """
James John Michael David Richard Thomas Daniel Matthew Andrew Peter Paul Mark Simon Stephen
Christopher Jonathan William Edward Henry George Oliver Alexander Benjamin Samuel Nicholas Sarah
Emma Olivia Sophie Charlotte Emily Jessica Rachel Hannah Laura Rebecca Catherine Victoria
Elizabeth Helen Grace Alice Claire Natalie Amanda Kevin Jason Eric Vincent Raymond Kelvin Winnie
Ivy Joyce Cindy Tiffany Jenny Angela Stanley Terence Anson Chloé Zoë José
"""

_ENGLISH_FAMILY_TEXT = """
Smith Jones Williams Taylor Brown Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson
Wright Walker White Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner
Martin Cooper Hill Ward Morris Moore Clark King Baker Harrison Morgan Allen Scott Phillips Watson
Parker Price Bennett Young Griffiths Mitchell Kelly Carter Richardson Bailey Collins Bell Shaw
Murphy Miller Richards Khan Marshall Anderson O'Brien O'Neill McDonald MacLeod Müller Schmidt
Dubois Lefèvre García Rossi Bianchi Jensen Nielsen Andersson Tanaka Suzuki Kim Park Nguyen Singh
Kumar Tan Lim Ng Goh Teo
"""
ENGLISH_GIVEN = tuple(_ENGLISH_GIVEN_TEXT.split())
ENGLISH_FAMILY = tuple(_ENGLISH_FAMILY_TEXT.split())

_VOWEL_START = ("a", "e", "o")


def join_pinyin(syllables: list[str]) -> str:
    """'Jia'en', not 'Jiaen': an apostrophe where a syllable starting with a vowel would blur."""
    out = syllables[0]
    for s in syllables[1:]:
        out += ("'" + s) if s.startswith(_VOWEL_START) else s
    return out.capitalize()


def chinese_name(rng: random.Random, traditional: bool) -> tuple[str, str, str, str, tuple[str, ...]]:
    """(family, given, family pinyin, given pinyin, surname row) in one script."""
    sur = SURNAMES[min(int(rng.expovariate(1 / 12)), len(SURNAMES) - 1)]  # common names are common
    chars = [GIVEN[rng.randrange(len(GIVEN))] for _ in range(1 if rng.random() < 0.3 else 2)]
    col = 1 if traditional else 0
    given = "".join(c[col] for c in chars)
    return sur[col], given, sur[2], join_pinyin([c[2] for c in chars]), sur


def english_name(rng: random.Random) -> tuple[str, str]:
    return rng.choice(ENGLISH_GIVEN), rng.choice(ENGLISH_FAMILY)
