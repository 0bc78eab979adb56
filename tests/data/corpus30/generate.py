#!/usr/bin/env python3
"""Writes the corpus30 fixture: 32 short annotated articles, 2012-2024, written for Entente's tests.

The same people appear under several ids and spellings across articles (Antony/Tony Blinken,
Sergei/Sergey Lavrov, Joe/Joseph Biden ...), different people share family names (Joe and Hunter
Biden, Raul and Fidel Castro ...), and some meetings are reported once as planned and later as held.
The texts are invented for the fixture. Run it from anywhere; it rewrites the .entente files next to it.
"""
import os
import re

HERE = os.path.dirname(os.path.abspath(__file__))

# (file, publication date, title, text with [words]{kind=ref} marks, record lines)
ARTICLES = [
    ("2012-03-foreign-ministers.entente", "2012-03-14", "Foreign ministers meet in Moscow",
     "Russian Foreign Minister [Sergei Lavrov]{actor=lavrov} [received]{meeting=lavrov-yang-2012} "
     "his Chinese counterpart [Yang Jiechi]{actor=yang-jiechi} in Moscow [on Tuesday]{date=2012-03-13}.\n"
     "The two men discussed the situation in Syria and trade between their countries.\n",
     ["actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "actor yang-jiechi: Yang Jiechi; person; China; role=Foreign Minister",
      "meeting lavrov-yang-2012: lavrov, yang-jiechi; 2012-03-13; place=Moscow; status=held; kind=talks"]),
    ("2012-11-cuba-congress.entente", "2012-11-20", "Castro brothers at party congress",
     "[Raúl Castro]{actor=raul-castro} opened the session while his brother [Fidel Castro]{actor=fidel-castro} "
     "sent a written message. [Kim Jong Un]{actor=kim-jong-un} sent greetings from Pyongyang.\n",
     ["actor raul-castro: Raúl Castro; person; Cuba; role=President",
      "actor fidel-castro: Fidel Castro; person; Cuba",
      "actor kim-jong-un: Kim Jong Un; person; North Korea; role=Leader"]),
    ("2013-05-kerry-moscow.entente", "2013-05-08", "Kerry in Moscow",
     "US Secretary of State [John Kerry]{actor=kerry} [met]{meeting=kerry-lavrov-moscow} "
     "[Sergei Lavrov]{actor=lavrov} in Moscow [on Tuesday]{date=2013-05-07} to prepare a conference on Syria.\n",
     ["actor kerry: John Kerry; person; USA; role=Secretary of State",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting kerry-lavrov-moscow: kerry, lavrov; 2013-05-07; place=Moscow; status=held; kind=talks"]),
    ("2013-09-geneva-plan.entente", "2013-09-10", "Geneva talks on chemical weapons announced",
     "[Kerry]{actor=kerry} and [Lavrov]{actor=lavrov} [will meet]{meeting=geneva-syria-talks} in Geneva "
     "[from Thursday]{date=2013-09-12} to discuss securing chemical weapons.\n",
     ["actor kerry: John Kerry; person; USA; role=Secretary of State",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting geneva-syria-talks: kerry, lavrov; 2013-09-12..2013-09-14; place=Geneva; status=planned; kind=talks"]),
    ("2013-09-geneva-report.entente", "2013-09-15", "Agreement reached in Geneva",
     "After three days of talks in Geneva, [John Kerry]{actor=john-kerry} and "
     "[Sergey Lavrov]{actor=sergey-lavrov} [agreed]{meeting=kerry-lavrov-geneva} on a framework "
     "[on Saturday]{date=2013-09-14}.\n",
     ["actor john-kerry: John F. Kerry; person; USA; role=Secretary of State",
      "actor sergey-lavrov: Sergey Lavrov; person; Russia; role=Foreign Minister",
      "meeting kerry-lavrov-geneva: john-kerry, sergey-lavrov; 2013-09-14; place=Geneva, Switzerland; status=held; kind=talks"]),
    ("2014-03-paris-first.entente", "2014-03-06", "Paris meeting on Ukraine",
     "[Kerry]{actor=kerry} [met]{meeting=paris-ukraine-1} [Lavrov]{actor=lavrov} in Paris "
     "[on Wednesday]{date=2014-03-05} but no agreement on Ukraine was reached.\n",
     ["actor kerry: John Kerry; person; USA; role=Secretary of State",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting paris-ukraine-1: kerry, lavrov; 2014-03-05; place=Paris; status=held; kind=talks"]),
    ("2014-03-paris-second.entente", "2014-03-31", "Second Paris meeting",
     "[Kerry]{actor=kerry} and [Lavrov]{actor=lavrov} [met again]{meeting=paris-ukraine-2} in Paris "
     "[on Sunday]{date=2014-03-30}, for four hours.\n",
     ["actor kerry: John Kerry; person; USA; role=Secretary of State",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting paris-ukraine-2: kerry, lavrov; 2014-03-30; place=Paris; status=held; kind=talks"]),
    ("2014-06-vice-president.entente", "2014-06-05", "Vice President visits Kyiv",
     "Vice President [Joe Biden]{actor=biden} [visited]{meeting=biden-kyiv-2014} Kyiv "
     "[on Saturday]{date=2014-06-07} for the inauguration of [Petro Poroshenko]{actor=poroshenko}.\n",
     ["actor biden: Joe Biden; person; USA; role=Vice President",
      "actor poroshenko: Petro Poroshenko; person; Ukraine; role=President",
      "meeting biden-kyiv-2014: biden, poroshenko; 2014-06-07; place=Kyiv; status=planned; kind=visit"]),
    ("2015-04-syria-family.entente", "2015-04-02", "Assad family in the news",
     "[Bashar al-Assad]{actor=bashar-al-assad} appeared in public with [Asma al-Assad]{actor=asma-al-assad}. "
     "[Abdel Fattah el-Sisi]{actor=sisi} spoke to reporters in Cairo.\n",
     ["actor bashar-al-assad: Bashar al-Assad; person; Syria; role=President",
      "actor asma-al-assad: Asma al-Assad; person; Syria",
      "actor sisi: Abdel Fattah el-Sisi; person; Egypt; role=President"]),
    ("2015-10-un-general-assembly.entente", "2015-10-01", "General Assembly week",
     "The [United Nations]{actor=united-nations} hosted leaders in New York. "
     "[Lavrov]{actor=lavrov} and [Kerry]{actor=kerry} [spoke]{meeting=unga-2015} on the sidelines "
     "[on Wednesday]{date=2015-09-30}.\n",
     ["actor united-nations: United Nations; organisation",
      "actor kerry: John Kerry; person; USA; role=Secretary of State",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting unga-2015: kerry, lavrov; 2015-09-30; place=New York; status=held; kind=talks"]),
    ("2016-02-munich.entente", "2016-02-12", "Munich talks on Syria",
     "[Sergey Lavrov]{actor=sergey-lavrov} and [Wang Yi]{actor=wang-yi} "
     "[are expected to meet]{meeting=lavrov-wang-munich-plan} [in Munich this week]{date=2016-W06}.\n",
     ["actor sergey-lavrov: Sergey Lavrov; person; Russia; role=Foreign Minister",
      "actor wang-yi: Wang Yi; person; China; role=Foreign Minister",
      "meeting lavrov-wang-munich-plan: sergey-lavrov, wang-yi; 2016-W06; place=Munich; status=planned; kind=talks"]),
    ("2016-02-munich-report.entente", "2016-02-14", "Lavrov and Wang met in Munich",
     "[Lavrov]{actor=lavrov} [held talks]{meeting=lavrov-wang-munich} with [Wang Yi]{actor=wang-yi} in Munich "
     "[on Friday]{date=2016-02-12}.\n",
     ["actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "actor wang-yi: Wang Yi; person; China; role=Foreign Minister",
      "meeting lavrov-wang-munich: lavrov, wang-yi; 2016-02-12; place=Munich; status=held; kind=talks"]),
    ("2017-06-gulf.entente", "2017-06-10", "Qatar's foreign minister tours Europe",
     "HE Sheikh [Mohammed bin Abdulrahman Al Thani]{actor=al-thani} [met]{meeting=al-thani-lavrov-2017} "
     "[Sergei Lavrov]{actor=lavrov} in Moscow [on Saturday]{date=2017-06-10}.\n",
     ["actor al-thani: HE Sheikh Mohammed bin Abdulrahman Al Thani; person; Qatar; role=Foreign Minister",
      "actor lavrov: Sergei Lavrov; person; Russia; role=Foreign Minister",
      "meeting al-thani-lavrov-2017: al-thani, lavrov; 2017-06-10; place=Moscow; status=held; kind=talks"]),
    ("2017-09-korea.entente", "2017-09-04", "Pyongyang statement",
     "[Kim Yo Jong]{actor=kim-yo-jong} issued a statement. Leader [Kim Jong-un]{actor=kim-jong-un} "
     "did not appear in public.\n",
     ["actor kim-yo-jong: Kim Yo Jong; person; North Korea",
      "actor kim-jong-un: Kim Jong Un; person; North Korea; role=Leader"]),
    ("2018-04-egypt.entente", "2018-04-03", "Egypt election result",
     "[Abdel Fattah al-Sisi]{actor=el-sisi} won a second term. Two ministers named "
     "[Mohammed Ali]{actor=mohammed-ali-eg} and [Mohammed Ali]{actor=mohammed-ali-sd}, of Egypt and Sudan, "
     "attended the ceremony.\n",
     ["actor el-sisi: Abdel Fattah al-Sisi; person; Egypt; role=President",
      "actor mohammed-ali-eg: Mohammed Ali; person; Egypt; role=Minister",
      "actor mohammed-ali-sd: Mohammed Ali; person; Sudan; role=Minister"]),
    ("2018-11-japan.entente", "2018-11-05", "Abe hosts dinner",
     "Prime Minister [Shinzo Abe]{actor=shinzo-abe} and [Akie Abe]{actor=akie-abe} hosted a dinner "
     "for visiting officials.\n",
     ["actor shinzo-abe: Shinzo Abe; person; Japan; role=Prime Minister",
      "actor akie-abe: Akie Abe; person; Japan"]),
    ("2019-05-hunter.entente", "2019-05-02", "Questions about Hunter Biden",
     "[Hunter Biden]{actor=hunter-biden}, son of former Vice President [Joe Biden]{actor=biden}, "
     "served on a company board.\n",
     ["actor hunter-biden: Hunter Biden; person; USA",
      "actor biden: Joe Biden; person; USA; role=Vice President"]),
    ("2019-12-un-climate.entente", "2019-12-03", "Climate conference in Madrid",
     "The [UN]{actor=un} climate conference opened in Madrid, hosted by Spain's [José Manuel Albares]{actor=albares}.\n",
     ["actor un: UN; organisation",
      "actor albares: José Manuel Albares; person; Spain"]),
    ("2020-02-qatar.entente", "2020-02-20", "Qatar mediation",
     "[Mohammed bin Abdulrahman Al-Thani]{actor=mbar-al-thani} said the talks would continue.\n",
     ["actor mbar-al-thani: Mohammed bin Abdulrahman Al-Thani; person; Qatar"]),
    ("2021-01-inauguration.entente", "2021-01-21", "A new administration",
     "President [Joseph R. Biden Jr.]{actor=joe-biden} named [Antony Blinken]{actor=blinken} "
     "to lead the State Department.\n",
     ["actor joe-biden: President Joseph R. Biden Jr.; person; USA; role=President",
      "actor blinken: Antony Blinken; person; USA; role=Secretary of State"]),
    ("2021-03-anchorage.entente", "2021-03-20", "Tense talks in Anchorage",
     "[Blinken]{actor=blinken} and [Yang Jiechi]{actor=yang-jiechi} [traded accusations]{meeting=anchorage-talks} "
     "with [Wang Yi]{actor=wang-yi} in Anchorage [on Thursday]{date=2021-03-18}.\n",
     ["actor blinken: Antony Blinken; person; USA; role=Secretary of State",
      "actor yang-jiechi: Yang Jiechi; person; China",
      "actor wang-yi: Wang Yi; person; China; role=Foreign Minister",
      "meeting anchorage-talks: blinken, yang-jiechi, wang-yi; 2021-03-18..2021-03-19; place=Anchorage; status=held; kind=talks"]),
    ("2021-05-lavrov-blinken.entente", "2021-05-21", "Blinken meets Lavrov in Reykjavik",
     "[Antony Blinken]{actor=blinken} [met]{meeting=reykjavik-2021} [Sergey Lavrov]{actor=sergey-lavrov} "
     "in Reykjavik [on Wednesday]{date=2021-05-19}.\n",
     ["actor blinken: Antony Blinken; person; USA; role=Secretary of State",
      "actor sergey-lavrov: Sergey Lavrov; person; Russia; role=Foreign Minister",
      "meeting reykjavik-2021: blinken, sergey-lavrov; 2021-05-19; place=Reykjavik; status=held; kind=talks"]),
    ("2022-01-geneva.entente", "2022-01-22", "Geneva talks fail to ease tension",
     "[Antony J. Blinken]{actor=antony-blinken} [met]{meeting=geneva-2022} [Lavrov]{actor=sergey-lavrov} "
     "in Geneva [on Friday]{date=2022-01-21}.\n",
     ["actor antony-blinken: Antony J. Blinken; person; USA; role=Secretary of State; aliases=Secretary Blinken",
      "actor sergey-lavrov: Sergey Lavrov; person; Russia; role=Foreign Minister",
      "meeting geneva-2022: antony-blinken, sergey-lavrov; 2022-01-21; place=Geneva; status=held; kind=talks"]),
    ("2022-02-zelensky.entente", "2022-02-20", "Zelensky in Munich",
     "[Volodymyr Zelensky]{actor=zelensky} spoke at the Munich conference. [Jill Biden]{actor=jill-biden} "
     "visited a school in Virginia.\n",
     ["actor zelensky: Volodymyr Zelensky; person; Ukraine; role=President",
      "actor jill-biden: Jill Biden; person; USA"]),
    ("2022-09-zelenskyy.entente", "2022-09-22", "Address to the General Assembly",
     "[Volodymyr Zelenskyy]{actor=zelenskyy} addressed the [UN]{actor=un} General Assembly by video.\n",
     ["actor zelenskyy: Volodymyr Zelenskyy; person; Ukraine; role=President",
      "actor un: UN; organisation"]),
    ("2023-06-albares.entente", "2023-06-12", "Spain's foreign minister",
     "[Jose Manuel Albares]{actor=jose-manuel-albares} met EU counterparts in Brussels.\n",
     ["actor jose-manuel-albares: Jose Manuel Albares; person; Spain; role=Foreign Minister"]),
    ("2023-07-jakarta-plan.entente", "2023-07-10", "Blinken to travel to Jakarta",
     "[Antony Blinken]{actor=antony-blinken} [is expected to meet]{meeting=blinken-wang-jakarta} "
     "[Wang Yi]{actor=wang-yi} in Jakarta [this month]{date=2023-07}.\n",
     ["actor antony-blinken: Antony J. Blinken; person; USA; role=Secretary of State",
      "actor wang-yi: Wang Yi; person; China; role=Director of the Foreign Affairs Office",
      "meeting blinken-wang-jakarta: antony-blinken, wang-yi; 2023-07; place=Jakarta; status=planned; kind=talks"]),
    ("2023-07-jakarta-report.entente", "2023-07-14", "Blinken and Wang meet in Jakarta",
     "[Tony Blinken]{actor=tony-blinken} [held talks]{meeting=asean-sidelines-talks} with "
     "[Wang Yi]{actor=wang-yi} [on Thursday]{date=2023-07-13} on the sidelines of the ASEAN meetings.\n",
     ["actor tony-blinken: Tony Blinken; person; USA; aliases=Blinken",
      "actor wang-yi: Wang Yi; person; China",
      "meeting asean-sidelines-talks: tony-blinken, wang-yi; 2023-07-13; place=Jakarta; status=held; kind=talks"]),
    ("2023-11-climate-envoy.entente", "2023-11-30", "Climate envoy in Dubai",
     "Special Presidential Envoy [John Kerry]{actor=john-kerry} arrived in Dubai for the climate talks.\n",
     ["actor john-kerry: John F. Kerry; person; USA; role=Special Presidential Envoy for Climate"]),
    ("2024-01-qatar.entente", "2024-01-15", "Qatar's prime minister",
     "Sheikh [Muhammad bin Abdulrahman Al Thani]{actor=sheikh-mohammed} [met]{meeting=blinken-doha-2024} "
     "[Blinken]{actor=tony-blinken} in Doha [on Sunday]{date=2024-01-07}.\n",
     ["actor sheikh-mohammed: Sheikh Muhammad bin Abdulrahman Al Thani; person; Qatar; role=Prime Minister",
      "actor tony-blinken: Tony Blinken; person; USA",
      "meeting blinken-doha-2024: sheikh-mohammed, tony-blinken; 2024-01-07; place=Doha; status=held; kind=talks"]),
    ("2024-04-beijing.entente", "2024-04-27", "Blinken in Beijing",
     "[Blinken]{actor=tony-blinken} [met]{meeting=beijing-visit-2024} [Wang Yi]{actor=wang-yi} in Beijing "
     "[on Friday]{date=2024-04-26}.\n",
     ["actor tony-blinken: Tony Blinken; person; USA",
      "actor wang-yi: Wang Yi; person; China",
      "meeting beijing-visit-2024: tony-blinken, wang-yi; 2024-04-26; place=Beijing; status=held; kind=visit"]),
    ("2024-09-hunter.entente", "2024-09-06", "Hunter Biden's case",
     "[Hunter Biden]{actor=hunter-biden} changed his plea. [President Biden]{actor=joe-biden} "
     "did not comment.\n",
     ["actor hunter-biden: Hunter Biden; person; USA",
      "actor joe-biden: President Joseph R. Biden Jr.; person; USA; role=President"]),
]


def check(text, records):
    ids = {line.split(":")[0].split()[1] for line in records if line.split()[0] in ("actor", "meeting")}
    for ref in re.findall(r"\]\{(?:actor|meeting)=([^} #]+)", text):
        assert ref in ids, ref


def main():
    for name, date, title, text, records in ARTICLES:
        check(text, records)
        body = text + "\n=== entente ===\n" + f"article: date={date}; title={title}\n" + "\n".join(records) + "\n"
        with open(os.path.join(HERE, name), "w", encoding="utf-8") as out:
            out.write(body)
    print(f"{len(ARTICLES)} articles written to {HERE}")


if __name__ == "__main__":
    main()
