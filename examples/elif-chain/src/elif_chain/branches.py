"""Generated: a method with 2000 if/elif branches (eager)."""


class Classifier:
    def classify(self, obj):
        if obj == 0:
            return "eager_0"
        elif obj == 1:
            return "eager_1"
        elif obj == 2:
            return "eager_2"
        elif obj == 3:
            return "eager_3"
        elif obj == 4:
            return "eager_4"
        elif obj == 5:
            return "eager_5"
        elif obj == 6:
            return "eager_6"
        elif obj == 7:
            return "eager_7"
        elif obj == 8:
            return "eager_8"
        elif obj == 9:
            return "eager_9"
        elif obj == 10:
            return "eager_10"
        elif obj == 11:
            return "eager_11"
        elif obj == 12:
            return "eager_12"
        elif obj == 13:
            return "eager_13"
        elif obj == 14:
            return "eager_14"
        elif obj == 15:
            return "eager_15"
        elif obj == 16:
            return "eager_16"
        elif obj == 17:
            return "eager_17"
        elif obj == 18:
            return "eager_18"
        elif obj == 19:
            return "eager_19"
        elif obj == 20:
            return "eager_20"
        elif obj == 21:
            return "eager_21"
        elif obj == 22:
            return "eager_22"
        elif obj == 23:
            return "eager_23"
        elif obj == 24:
            return "eager_24"
        elif obj == 25:
            return "eager_25"
        elif obj == 26:
            return "eager_26"
        elif obj == 27:
            return "eager_27"
        elif obj == 28:
            return "eager_28"
        elif obj == 29:
            return "eager_29"
        elif obj == 30:
            return "eager_30"
        elif obj == 31:
            return "eager_31"
        elif obj == 32:
            return "eager_32"
        elif obj == 33:
            return "eager_33"
        elif obj == 34:
            return "eager_34"
        elif obj == 35:
            return "eager_35"
        elif obj == 36:
            return "eager_36"
        elif obj == 37:
            return "eager_37"
        elif obj == 38:
            return "eager_38"
        elif obj == 39:
            return "eager_39"
        elif obj == 40:
            return "eager_40"
        elif obj == 41:
            return "eager_41"
        elif obj == 42:
            return "eager_42"
        elif obj == 43:
            return "eager_43"
        elif obj == 44:
            return "eager_44"
        elif obj == 45:
            return "eager_45"
        elif obj == 46:
            return "eager_46"
        elif obj == 47:
            return "eager_47"
        elif obj == 48:
            return "eager_48"
        elif obj == 49:
            return "eager_49"
        elif obj == 50:
            return "eager_50"
        elif obj == 51:
            return "eager_51"
        elif obj == 52:
            return "eager_52"
        elif obj == 53:
            return "eager_53"
        elif obj == 54:
            return "eager_54"
        elif obj == 55:
            return "eager_55"
        elif obj == 56:
            return "eager_56"
        elif obj == 57:
            return "eager_57"
        elif obj == 58:
            return "eager_58"
        elif obj == 59:
            return "eager_59"
        elif obj == 60:
            return "eager_60"
        elif obj == 61:
            return "eager_61"
        elif obj == 62:
            return "eager_62"
        elif obj == 63:
            return "eager_63"
        elif obj == 64:
            return "eager_64"
        elif obj == 65:
            return "eager_65"
        elif obj == 66:
            return "eager_66"
        elif obj == 67:
            return "eager_67"
        elif obj == 68:
            return "eager_68"
        elif obj == 69:
            return "eager_69"
        elif obj == 70:
            return "eager_70"
        elif obj == 71:
            return "eager_71"
        elif obj == 72:
            return "eager_72"
        elif obj == 73:
            return "eager_73"
        elif obj == 74:
            return "eager_74"
        elif obj == 75:
            return "eager_75"
        elif obj == 76:
            return "eager_76"
        elif obj == 77:
            return "eager_77"
        elif obj == 78:
            return "eager_78"
        elif obj == 79:
            return "eager_79"
        elif obj == 80:
            return "eager_80"
        elif obj == 81:
            return "eager_81"
        elif obj == 82:
            return "eager_82"
        elif obj == 83:
            return "eager_83"
        elif obj == 84:
            return "eager_84"
        elif obj == 85:
            return "eager_85"
        elif obj == 86:
            return "eager_86"
        elif obj == 87:
            return "eager_87"
        elif obj == 88:
            return "eager_88"
        elif obj == 89:
            return "eager_89"
        elif obj == 90:
            return "eager_90"
        elif obj == 91:
            return "eager_91"
        elif obj == 92:
            return "eager_92"
        elif obj == 93:
            return "eager_93"
        elif obj == 94:
            return "eager_94"
        elif obj == 95:
            return "eager_95"
        elif obj == 96:
            return "eager_96"
        elif obj == 97:
            return "eager_97"
        elif obj == 98:
            return "eager_98"
        elif obj == 99:
            return "eager_99"
        elif obj == 100:
            return "eager_100"
        elif obj == 101:
            return "eager_101"
        elif obj == 102:
            return "eager_102"
        elif obj == 103:
            return "eager_103"
        elif obj == 104:
            return "eager_104"
        elif obj == 105:
            return "eager_105"
        elif obj == 106:
            return "eager_106"
        elif obj == 107:
            return "eager_107"
        elif obj == 108:
            return "eager_108"
        elif obj == 109:
            return "eager_109"
        elif obj == 110:
            return "eager_110"
        elif obj == 111:
            return "eager_111"
        elif obj == 112:
            return "eager_112"
        elif obj == 113:
            return "eager_113"
        elif obj == 114:
            return "eager_114"
        elif obj == 115:
            return "eager_115"
        elif obj == 116:
            return "eager_116"
        elif obj == 117:
            return "eager_117"
        elif obj == 118:
            return "eager_118"
        elif obj == 119:
            return "eager_119"
        elif obj == 120:
            return "eager_120"
        elif obj == 121:
            return "eager_121"
        elif obj == 122:
            return "eager_122"
        elif obj == 123:
            return "eager_123"
        elif obj == 124:
            return "eager_124"
        elif obj == 125:
            return "eager_125"
        elif obj == 126:
            return "eager_126"
        elif obj == 127:
            return "eager_127"
        elif obj == 128:
            return "eager_128"
        elif obj == 129:
            return "eager_129"
        elif obj == 130:
            return "eager_130"
        elif obj == 131:
            return "eager_131"
        elif obj == 132:
            return "eager_132"
        elif obj == 133:
            return "eager_133"
        elif obj == 134:
            return "eager_134"
        elif obj == 135:
            return "eager_135"
        elif obj == 136:
            return "eager_136"
        elif obj == 137:
            return "eager_137"
        elif obj == 138:
            return "eager_138"
        elif obj == 139:
            return "eager_139"
        elif obj == 140:
            return "eager_140"
        elif obj == 141:
            return "eager_141"
        elif obj == 142:
            return "eager_142"
        elif obj == 143:
            return "eager_143"
        elif obj == 144:
            return "eager_144"
        elif obj == 145:
            return "eager_145"
        elif obj == 146:
            return "eager_146"
        elif obj == 147:
            return "eager_147"
        elif obj == 148:
            return "eager_148"
        elif obj == 149:
            return "eager_149"
        elif obj == 150:
            return "eager_150"
        elif obj == 151:
            return "eager_151"
        elif obj == 152:
            return "eager_152"
        elif obj == 153:
            return "eager_153"
        elif obj == 154:
            return "eager_154"
        elif obj == 155:
            return "eager_155"
        elif obj == 156:
            return "eager_156"
        elif obj == 157:
            return "eager_157"
        elif obj == 158:
            return "eager_158"
        elif obj == 159:
            return "eager_159"
        elif obj == 160:
            return "eager_160"
        elif obj == 161:
            return "eager_161"
        elif obj == 162:
            return "eager_162"
        elif obj == 163:
            return "eager_163"
        elif obj == 164:
            return "eager_164"
        elif obj == 165:
            return "eager_165"
        elif obj == 166:
            return "eager_166"
        elif obj == 167:
            return "eager_167"
        elif obj == 168:
            return "eager_168"
        elif obj == 169:
            return "eager_169"
        elif obj == 170:
            return "eager_170"
        elif obj == 171:
            return "eager_171"
        elif obj == 172:
            return "eager_172"
        elif obj == 173:
            return "eager_173"
        elif obj == 174:
            return "eager_174"
        elif obj == 175:
            return "eager_175"
        elif obj == 176:
            return "eager_176"
        elif obj == 177:
            return "eager_177"
        elif obj == 178:
            return "eager_178"
        elif obj == 179:
            return "eager_179"
        elif obj == 180:
            return "eager_180"
        elif obj == 181:
            return "eager_181"
        elif obj == 182:
            return "eager_182"
        elif obj == 183:
            return "eager_183"
        elif obj == 184:
            return "eager_184"
        elif obj == 185:
            return "eager_185"
        elif obj == 186:
            return "eager_186"
        elif obj == 187:
            return "eager_187"
        elif obj == 188:
            return "eager_188"
        elif obj == 189:
            return "eager_189"
        elif obj == 190:
            return "eager_190"
        elif obj == 191:
            return "eager_191"
        elif obj == 192:
            return "eager_192"
        elif obj == 193:
            return "eager_193"
        elif obj == 194:
            return "eager_194"
        elif obj == 195:
            return "eager_195"
        elif obj == 196:
            return "eager_196"
        elif obj == 197:
            return "eager_197"
        elif obj == 198:
            return "eager_198"
        elif obj == 199:
            return "eager_199"
        elif obj == 200:
            return "eager_200"
        elif obj == 201:
            return "eager_201"
        elif obj == 202:
            return "eager_202"
        elif obj == 203:
            return "eager_203"
        elif obj == 204:
            return "eager_204"
        elif obj == 205:
            return "eager_205"
        elif obj == 206:
            return "eager_206"
        elif obj == 207:
            return "eager_207"
        elif obj == 208:
            return "eager_208"
        elif obj == 209:
            return "eager_209"
        elif obj == 210:
            return "eager_210"
        elif obj == 211:
            return "eager_211"
        elif obj == 212:
            return "eager_212"
        elif obj == 213:
            return "eager_213"
        elif obj == 214:
            return "eager_214"
        elif obj == 215:
            return "eager_215"
        elif obj == 216:
            return "eager_216"
        elif obj == 217:
            return "eager_217"
        elif obj == 218:
            return "eager_218"
        elif obj == 219:
            return "eager_219"
        elif obj == 220:
            return "eager_220"
        elif obj == 221:
            return "eager_221"
        elif obj == 222:
            return "eager_222"
        elif obj == 223:
            return "eager_223"
        elif obj == 224:
            return "eager_224"
        elif obj == 225:
            return "eager_225"
        elif obj == 226:
            return "eager_226"
        elif obj == 227:
            return "eager_227"
        elif obj == 228:
            return "eager_228"
        elif obj == 229:
            return "eager_229"
        elif obj == 230:
            return "eager_230"
        elif obj == 231:
            return "eager_231"
        elif obj == 232:
            return "eager_232"
        elif obj == 233:
            return "eager_233"
        elif obj == 234:
            return "eager_234"
        elif obj == 235:
            return "eager_235"
        elif obj == 236:
            return "eager_236"
        elif obj == 237:
            return "eager_237"
        elif obj == 238:
            return "eager_238"
        elif obj == 239:
            return "eager_239"
        elif obj == 240:
            return "eager_240"
        elif obj == 241:
            return "eager_241"
        elif obj == 242:
            return "eager_242"
        elif obj == 243:
            return "eager_243"
        elif obj == 244:
            return "eager_244"
        elif obj == 245:
            return "eager_245"
        elif obj == 246:
            return "eager_246"
        elif obj == 247:
            return "eager_247"
        elif obj == 248:
            return "eager_248"
        elif obj == 249:
            return "eager_249"
        elif obj == 250:
            return "eager_250"
        elif obj == 251:
            return "eager_251"
        elif obj == 252:
            return "eager_252"
        elif obj == 253:
            return "eager_253"
        elif obj == 254:
            return "eager_254"
        elif obj == 255:
            return "eager_255"
        elif obj == 256:
            return "eager_256"
        elif obj == 257:
            return "eager_257"
        elif obj == 258:
            return "eager_258"
        elif obj == 259:
            return "eager_259"
        elif obj == 260:
            return "eager_260"
        elif obj == 261:
            return "eager_261"
        elif obj == 262:
            return "eager_262"
        elif obj == 263:
            return "eager_263"
        elif obj == 264:
            return "eager_264"
        elif obj == 265:
            return "eager_265"
        elif obj == 266:
            return "eager_266"
        elif obj == 267:
            return "eager_267"
        elif obj == 268:
            return "eager_268"
        elif obj == 269:
            return "eager_269"
        elif obj == 270:
            return "eager_270"
        elif obj == 271:
            return "eager_271"
        elif obj == 272:
            return "eager_272"
        elif obj == 273:
            return "eager_273"
        elif obj == 274:
            return "eager_274"
        elif obj == 275:
            return "eager_275"
        elif obj == 276:
            return "eager_276"
        elif obj == 277:
            return "eager_277"
        elif obj == 278:
            return "eager_278"
        elif obj == 279:
            return "eager_279"
        elif obj == 280:
            return "eager_280"
        elif obj == 281:
            return "eager_281"
        elif obj == 282:
            return "eager_282"
        elif obj == 283:
            return "eager_283"
        elif obj == 284:
            return "eager_284"
        elif obj == 285:
            return "eager_285"
        elif obj == 286:
            return "eager_286"
        elif obj == 287:
            return "eager_287"
        elif obj == 288:
            return "eager_288"
        elif obj == 289:
            return "eager_289"
        elif obj == 290:
            return "eager_290"
        elif obj == 291:
            return "eager_291"
        elif obj == 292:
            return "eager_292"
        elif obj == 293:
            return "eager_293"
        elif obj == 294:
            return "eager_294"
        elif obj == 295:
            return "eager_295"
        elif obj == 296:
            return "eager_296"
        elif obj == 297:
            return "eager_297"
        elif obj == 298:
            return "eager_298"
        elif obj == 299:
            return "eager_299"
        elif obj == 300:
            return "eager_300"
        elif obj == 301:
            return "eager_301"
        elif obj == 302:
            return "eager_302"
        elif obj == 303:
            return "eager_303"
        elif obj == 304:
            return "eager_304"
        elif obj == 305:
            return "eager_305"
        elif obj == 306:
            return "eager_306"
        elif obj == 307:
            return "eager_307"
        elif obj == 308:
            return "eager_308"
        elif obj == 309:
            return "eager_309"
        elif obj == 310:
            return "eager_310"
        elif obj == 311:
            return "eager_311"
        elif obj == 312:
            return "eager_312"
        elif obj == 313:
            return "eager_313"
        elif obj == 314:
            return "eager_314"
        elif obj == 315:
            return "eager_315"
        elif obj == 316:
            return "eager_316"
        elif obj == 317:
            return "eager_317"
        elif obj == 318:
            return "eager_318"
        elif obj == 319:
            return "eager_319"
        elif obj == 320:
            return "eager_320"
        elif obj == 321:
            return "eager_321"
        elif obj == 322:
            return "eager_322"
        elif obj == 323:
            return "eager_323"
        elif obj == 324:
            return "eager_324"
        elif obj == 325:
            return "eager_325"
        elif obj == 326:
            return "eager_326"
        elif obj == 327:
            return "eager_327"
        elif obj == 328:
            return "eager_328"
        elif obj == 329:
            return "eager_329"
        elif obj == 330:
            return "eager_330"
        elif obj == 331:
            return "eager_331"
        elif obj == 332:
            return "eager_332"
        elif obj == 333:
            return "eager_333"
        elif obj == 334:
            return "eager_334"
        elif obj == 335:
            return "eager_335"
        elif obj == 336:
            return "eager_336"
        elif obj == 337:
            return "eager_337"
        elif obj == 338:
            return "eager_338"
        elif obj == 339:
            return "eager_339"
        elif obj == 340:
            return "eager_340"
        elif obj == 341:
            return "eager_341"
        elif obj == 342:
            return "eager_342"
        elif obj == 343:
            return "eager_343"
        elif obj == 344:
            return "eager_344"
        elif obj == 345:
            return "eager_345"
        elif obj == 346:
            return "eager_346"
        elif obj == 347:
            return "eager_347"
        elif obj == 348:
            return "eager_348"
        elif obj == 349:
            return "eager_349"
        elif obj == 350:
            return "eager_350"
        elif obj == 351:
            return "eager_351"
        elif obj == 352:
            return "eager_352"
        elif obj == 353:
            return "eager_353"
        elif obj == 354:
            return "eager_354"
        elif obj == 355:
            return "eager_355"
        elif obj == 356:
            return "eager_356"
        elif obj == 357:
            return "eager_357"
        elif obj == 358:
            return "eager_358"
        elif obj == 359:
            return "eager_359"
        elif obj == 360:
            return "eager_360"
        elif obj == 361:
            return "eager_361"
        elif obj == 362:
            return "eager_362"
        elif obj == 363:
            return "eager_363"
        elif obj == 364:
            return "eager_364"
        elif obj == 365:
            return "eager_365"
        elif obj == 366:
            return "eager_366"
        elif obj == 367:
            return "eager_367"
        elif obj == 368:
            return "eager_368"
        elif obj == 369:
            return "eager_369"
        elif obj == 370:
            return "eager_370"
        elif obj == 371:
            return "eager_371"
        elif obj == 372:
            return "eager_372"
        elif obj == 373:
            return "eager_373"
        elif obj == 374:
            return "eager_374"
        elif obj == 375:
            return "eager_375"
        elif obj == 376:
            return "eager_376"
        elif obj == 377:
            return "eager_377"
        elif obj == 378:
            return "eager_378"
        elif obj == 379:
            return "eager_379"
        elif obj == 380:
            return "eager_380"
        elif obj == 381:
            return "eager_381"
        elif obj == 382:
            return "eager_382"
        elif obj == 383:
            return "eager_383"
        elif obj == 384:
            return "eager_384"
        elif obj == 385:
            return "eager_385"
        elif obj == 386:
            return "eager_386"
        elif obj == 387:
            return "eager_387"
        elif obj == 388:
            return "eager_388"
        elif obj == 389:
            return "eager_389"
        elif obj == 390:
            return "eager_390"
        elif obj == 391:
            return "eager_391"
        elif obj == 392:
            return "eager_392"
        elif obj == 393:
            return "eager_393"
        elif obj == 394:
            return "eager_394"
        elif obj == 395:
            return "eager_395"
        elif obj == 396:
            return "eager_396"
        elif obj == 397:
            return "eager_397"
        elif obj == 398:
            return "eager_398"
        elif obj == 399:
            return "eager_399"
        elif obj == 400:
            return "eager_400"
        elif obj == 401:
            return "eager_401"
        elif obj == 402:
            return "eager_402"
        elif obj == 403:
            return "eager_403"
        elif obj == 404:
            return "eager_404"
        elif obj == 405:
            return "eager_405"
        elif obj == 406:
            return "eager_406"
        elif obj == 407:
            return "eager_407"
        elif obj == 408:
            return "eager_408"
        elif obj == 409:
            return "eager_409"
        elif obj == 410:
            return "eager_410"
        elif obj == 411:
            return "eager_411"
        elif obj == 412:
            return "eager_412"
        elif obj == 413:
            return "eager_413"
        elif obj == 414:
            return "eager_414"
        elif obj == 415:
            return "eager_415"
        elif obj == 416:
            return "eager_416"
        elif obj == 417:
            return "eager_417"
        elif obj == 418:
            return "eager_418"
        elif obj == 419:
            return "eager_419"
        elif obj == 420:
            return "eager_420"
        elif obj == 421:
            return "eager_421"
        elif obj == 422:
            return "eager_422"
        elif obj == 423:
            return "eager_423"
        elif obj == 424:
            return "eager_424"
        elif obj == 425:
            return "eager_425"
        elif obj == 426:
            return "eager_426"
        elif obj == 427:
            return "eager_427"
        elif obj == 428:
            return "eager_428"
        elif obj == 429:
            return "eager_429"
        elif obj == 430:
            return "eager_430"
        elif obj == 431:
            return "eager_431"
        elif obj == 432:
            return "eager_432"
        elif obj == 433:
            return "eager_433"
        elif obj == 434:
            return "eager_434"
        elif obj == 435:
            return "eager_435"
        elif obj == 436:
            return "eager_436"
        elif obj == 437:
            return "eager_437"
        elif obj == 438:
            return "eager_438"
        elif obj == 439:
            return "eager_439"
        elif obj == 440:
            return "eager_440"
        elif obj == 441:
            return "eager_441"
        elif obj == 442:
            return "eager_442"
        elif obj == 443:
            return "eager_443"
        elif obj == 444:
            return "eager_444"
        elif obj == 445:
            return "eager_445"
        elif obj == 446:
            return "eager_446"
        elif obj == 447:
            return "eager_447"
        elif obj == 448:
            return "eager_448"
        elif obj == 449:
            return "eager_449"
        elif obj == 450:
            return "eager_450"
        elif obj == 451:
            return "eager_451"
        elif obj == 452:
            return "eager_452"
        elif obj == 453:
            return "eager_453"
        elif obj == 454:
            return "eager_454"
        elif obj == 455:
            return "eager_455"
        elif obj == 456:
            return "eager_456"
        elif obj == 457:
            return "eager_457"
        elif obj == 458:
            return "eager_458"
        elif obj == 459:
            return "eager_459"
        elif obj == 460:
            return "eager_460"
        elif obj == 461:
            return "eager_461"
        elif obj == 462:
            return "eager_462"
        elif obj == 463:
            return "eager_463"
        elif obj == 464:
            return "eager_464"
        elif obj == 465:
            return "eager_465"
        elif obj == 466:
            return "eager_466"
        elif obj == 467:
            return "eager_467"
        elif obj == 468:
            return "eager_468"
        elif obj == 469:
            return "eager_469"
        elif obj == 470:
            return "eager_470"
        elif obj == 471:
            return "eager_471"
        elif obj == 472:
            return "eager_472"
        elif obj == 473:
            return "eager_473"
        elif obj == 474:
            return "eager_474"
        elif obj == 475:
            return "eager_475"
        elif obj == 476:
            return "eager_476"
        elif obj == 477:
            return "eager_477"
        elif obj == 478:
            return "eager_478"
        elif obj == 479:
            return "eager_479"
        elif obj == 480:
            return "eager_480"
        elif obj == 481:
            return "eager_481"
        elif obj == 482:
            return "eager_482"
        elif obj == 483:
            return "eager_483"
        elif obj == 484:
            return "eager_484"
        elif obj == 485:
            return "eager_485"
        elif obj == 486:
            return "eager_486"
        elif obj == 487:
            return "eager_487"
        elif obj == 488:
            return "eager_488"
        elif obj == 489:
            return "eager_489"
        elif obj == 490:
            return "eager_490"
        elif obj == 491:
            return "eager_491"
        elif obj == 492:
            return "eager_492"
        elif obj == 493:
            return "eager_493"
        elif obj == 494:
            return "eager_494"
        elif obj == 495:
            return "eager_495"
        elif obj == 496:
            return "eager_496"
        elif obj == 497:
            return "eager_497"
        elif obj == 498:
            return "eager_498"
        elif obj == 499:
            return "eager_499"
        elif obj == 500:
            return "eager_500"
        elif obj == 501:
            return "eager_501"
        elif obj == 502:
            return "eager_502"
        elif obj == 503:
            return "eager_503"
        elif obj == 504:
            return "eager_504"
        elif obj == 505:
            return "eager_505"
        elif obj == 506:
            return "eager_506"
        elif obj == 507:
            return "eager_507"
        elif obj == 508:
            return "eager_508"
        elif obj == 509:
            return "eager_509"
        elif obj == 510:
            return "eager_510"
        elif obj == 511:
            return "eager_511"
        elif obj == 512:
            return "eager_512"
        elif obj == 513:
            return "eager_513"
        elif obj == 514:
            return "eager_514"
        elif obj == 515:
            return "eager_515"
        elif obj == 516:
            return "eager_516"
        elif obj == 517:
            return "eager_517"
        elif obj == 518:
            return "eager_518"
        elif obj == 519:
            return "eager_519"
        elif obj == 520:
            return "eager_520"
        elif obj == 521:
            return "eager_521"
        elif obj == 522:
            return "eager_522"
        elif obj == 523:
            return "eager_523"
        elif obj == 524:
            return "eager_524"
        elif obj == 525:
            return "eager_525"
        elif obj == 526:
            return "eager_526"
        elif obj == 527:
            return "eager_527"
        elif obj == 528:
            return "eager_528"
        elif obj == 529:
            return "eager_529"
        elif obj == 530:
            return "eager_530"
        elif obj == 531:
            return "eager_531"
        elif obj == 532:
            return "eager_532"
        elif obj == 533:
            return "eager_533"
        elif obj == 534:
            return "eager_534"
        elif obj == 535:
            return "eager_535"
        elif obj == 536:
            return "eager_536"
        elif obj == 537:
            return "eager_537"
        elif obj == 538:
            return "eager_538"
        elif obj == 539:
            return "eager_539"
        elif obj == 540:
            return "eager_540"
        elif obj == 541:
            return "eager_541"
        elif obj == 542:
            return "eager_542"
        elif obj == 543:
            return "eager_543"
        elif obj == 544:
            return "eager_544"
        elif obj == 545:
            return "eager_545"
        elif obj == 546:
            return "eager_546"
        elif obj == 547:
            return "eager_547"
        elif obj == 548:
            return "eager_548"
        elif obj == 549:
            return "eager_549"
        elif obj == 550:
            return "eager_550"
        elif obj == 551:
            return "eager_551"
        elif obj == 552:
            return "eager_552"
        elif obj == 553:
            return "eager_553"
        elif obj == 554:
            return "eager_554"
        elif obj == 555:
            return "eager_555"
        elif obj == 556:
            return "eager_556"
        elif obj == 557:
            return "eager_557"
        elif obj == 558:
            return "eager_558"
        elif obj == 559:
            return "eager_559"
        elif obj == 560:
            return "eager_560"
        elif obj == 561:
            return "eager_561"
        elif obj == 562:
            return "eager_562"
        elif obj == 563:
            return "eager_563"
        elif obj == 564:
            return "eager_564"
        elif obj == 565:
            return "eager_565"
        elif obj == 566:
            return "eager_566"
        elif obj == 567:
            return "eager_567"
        elif obj == 568:
            return "eager_568"
        elif obj == 569:
            return "eager_569"
        elif obj == 570:
            return "eager_570"
        elif obj == 571:
            return "eager_571"
        elif obj == 572:
            return "eager_572"
        elif obj == 573:
            return "eager_573"
        elif obj == 574:
            return "eager_574"
        elif obj == 575:
            return "eager_575"
        elif obj == 576:
            return "eager_576"
        elif obj == 577:
            return "eager_577"
        elif obj == 578:
            return "eager_578"
        elif obj == 579:
            return "eager_579"
        elif obj == 580:
            return "eager_580"
        elif obj == 581:
            return "eager_581"
        elif obj == 582:
            return "eager_582"
        elif obj == 583:
            return "eager_583"
        elif obj == 584:
            return "eager_584"
        elif obj == 585:
            return "eager_585"
        elif obj == 586:
            return "eager_586"
        elif obj == 587:
            return "eager_587"
        elif obj == 588:
            return "eager_588"
        elif obj == 589:
            return "eager_589"
        elif obj == 590:
            return "eager_590"
        elif obj == 591:
            return "eager_591"
        elif obj == 592:
            return "eager_592"
        elif obj == 593:
            return "eager_593"
        elif obj == 594:
            return "eager_594"
        elif obj == 595:
            return "eager_595"
        elif obj == 596:
            return "eager_596"
        elif obj == 597:
            return "eager_597"
        elif obj == 598:
            return "eager_598"
        elif obj == 599:
            return "eager_599"
        elif obj == 600:
            return "eager_600"
        elif obj == 601:
            return "eager_601"
        elif obj == 602:
            return "eager_602"
        elif obj == 603:
            return "eager_603"
        elif obj == 604:
            return "eager_604"
        elif obj == 605:
            return "eager_605"
        elif obj == 606:
            return "eager_606"
        elif obj == 607:
            return "eager_607"
        elif obj == 608:
            return "eager_608"
        elif obj == 609:
            return "eager_609"
        elif obj == 610:
            return "eager_610"
        elif obj == 611:
            return "eager_611"
        elif obj == 612:
            return "eager_612"
        elif obj == 613:
            return "eager_613"
        elif obj == 614:
            return "eager_614"
        elif obj == 615:
            return "eager_615"
        elif obj == 616:
            return "eager_616"
        elif obj == 617:
            return "eager_617"
        elif obj == 618:
            return "eager_618"
        elif obj == 619:
            return "eager_619"
        elif obj == 620:
            return "eager_620"
        elif obj == 621:
            return "eager_621"
        elif obj == 622:
            return "eager_622"
        elif obj == 623:
            return "eager_623"
        elif obj == 624:
            return "eager_624"
        elif obj == 625:
            return "eager_625"
        elif obj == 626:
            return "eager_626"
        elif obj == 627:
            return "eager_627"
        elif obj == 628:
            return "eager_628"
        elif obj == 629:
            return "eager_629"
        elif obj == 630:
            return "eager_630"
        elif obj == 631:
            return "eager_631"
        elif obj == 632:
            return "eager_632"
        elif obj == 633:
            return "eager_633"
        elif obj == 634:
            return "eager_634"
        elif obj == 635:
            return "eager_635"
        elif obj == 636:
            return "eager_636"
        elif obj == 637:
            return "eager_637"
        elif obj == 638:
            return "eager_638"
        elif obj == 639:
            return "eager_639"
        elif obj == 640:
            return "eager_640"
        elif obj == 641:
            return "eager_641"
        elif obj == 642:
            return "eager_642"
        elif obj == 643:
            return "eager_643"
        elif obj == 644:
            return "eager_644"
        elif obj == 645:
            return "eager_645"
        elif obj == 646:
            return "eager_646"
        elif obj == 647:
            return "eager_647"
        elif obj == 648:
            return "eager_648"
        elif obj == 649:
            return "eager_649"
        elif obj == 650:
            return "eager_650"
        elif obj == 651:
            return "eager_651"
        elif obj == 652:
            return "eager_652"
        elif obj == 653:
            return "eager_653"
        elif obj == 654:
            return "eager_654"
        elif obj == 655:
            return "eager_655"
        elif obj == 656:
            return "eager_656"
        elif obj == 657:
            return "eager_657"
        elif obj == 658:
            return "eager_658"
        elif obj == 659:
            return "eager_659"
        elif obj == 660:
            return "eager_660"
        elif obj == 661:
            return "eager_661"
        elif obj == 662:
            return "eager_662"
        elif obj == 663:
            return "eager_663"
        elif obj == 664:
            return "eager_664"
        elif obj == 665:
            return "eager_665"
        elif obj == 666:
            return "eager_666"
        elif obj == 667:
            return "eager_667"
        elif obj == 668:
            return "eager_668"
        elif obj == 669:
            return "eager_669"
        elif obj == 670:
            return "eager_670"
        elif obj == 671:
            return "eager_671"
        elif obj == 672:
            return "eager_672"
        elif obj == 673:
            return "eager_673"
        elif obj == 674:
            return "eager_674"
        elif obj == 675:
            return "eager_675"
        elif obj == 676:
            return "eager_676"
        elif obj == 677:
            return "eager_677"
        elif obj == 678:
            return "eager_678"
        elif obj == 679:
            return "eager_679"
        elif obj == 680:
            return "eager_680"
        elif obj == 681:
            return "eager_681"
        elif obj == 682:
            return "eager_682"
        elif obj == 683:
            return "eager_683"
        elif obj == 684:
            return "eager_684"
        elif obj == 685:
            return "eager_685"
        elif obj == 686:
            return "eager_686"
        elif obj == 687:
            return "eager_687"
        elif obj == 688:
            return "eager_688"
        elif obj == 689:
            return "eager_689"
        elif obj == 690:
            return "eager_690"
        elif obj == 691:
            return "eager_691"
        elif obj == 692:
            return "eager_692"
        elif obj == 693:
            return "eager_693"
        elif obj == 694:
            return "eager_694"
        elif obj == 695:
            return "eager_695"
        elif obj == 696:
            return "eager_696"
        elif obj == 697:
            return "eager_697"
        elif obj == 698:
            return "eager_698"
        elif obj == 699:
            return "eager_699"
        elif obj == 700:
            return "eager_700"
        elif obj == 701:
            return "eager_701"
        elif obj == 702:
            return "eager_702"
        elif obj == 703:
            return "eager_703"
        elif obj == 704:
            return "eager_704"
        elif obj == 705:
            return "eager_705"
        elif obj == 706:
            return "eager_706"
        elif obj == 707:
            return "eager_707"
        elif obj == 708:
            return "eager_708"
        elif obj == 709:
            return "eager_709"
        elif obj == 710:
            return "eager_710"
        elif obj == 711:
            return "eager_711"
        elif obj == 712:
            return "eager_712"
        elif obj == 713:
            return "eager_713"
        elif obj == 714:
            return "eager_714"
        elif obj == 715:
            return "eager_715"
        elif obj == 716:
            return "eager_716"
        elif obj == 717:
            return "eager_717"
        elif obj == 718:
            return "eager_718"
        elif obj == 719:
            return "eager_719"
        elif obj == 720:
            return "eager_720"
        elif obj == 721:
            return "eager_721"
        elif obj == 722:
            return "eager_722"
        elif obj == 723:
            return "eager_723"
        elif obj == 724:
            return "eager_724"
        elif obj == 725:
            return "eager_725"
        elif obj == 726:
            return "eager_726"
        elif obj == 727:
            return "eager_727"
        elif obj == 728:
            return "eager_728"
        elif obj == 729:
            return "eager_729"
        elif obj == 730:
            return "eager_730"
        elif obj == 731:
            return "eager_731"
        elif obj == 732:
            return "eager_732"
        elif obj == 733:
            return "eager_733"
        elif obj == 734:
            return "eager_734"
        elif obj == 735:
            return "eager_735"
        elif obj == 736:
            return "eager_736"
        elif obj == 737:
            return "eager_737"
        elif obj == 738:
            return "eager_738"
        elif obj == 739:
            return "eager_739"
        elif obj == 740:
            return "eager_740"
        elif obj == 741:
            return "eager_741"
        elif obj == 742:
            return "eager_742"
        elif obj == 743:
            return "eager_743"
        elif obj == 744:
            return "eager_744"
        elif obj == 745:
            return "eager_745"
        elif obj == 746:
            return "eager_746"
        elif obj == 747:
            return "eager_747"
        elif obj == 748:
            return "eager_748"
        elif obj == 749:
            return "eager_749"
        elif obj == 750:
            return "eager_750"
        elif obj == 751:
            return "eager_751"
        elif obj == 752:
            return "eager_752"
        elif obj == 753:
            return "eager_753"
        elif obj == 754:
            return "eager_754"
        elif obj == 755:
            return "eager_755"
        elif obj == 756:
            return "eager_756"
        elif obj == 757:
            return "eager_757"
        elif obj == 758:
            return "eager_758"
        elif obj == 759:
            return "eager_759"
        elif obj == 760:
            return "eager_760"
        elif obj == 761:
            return "eager_761"
        elif obj == 762:
            return "eager_762"
        elif obj == 763:
            return "eager_763"
        elif obj == 764:
            return "eager_764"
        elif obj == 765:
            return "eager_765"
        elif obj == 766:
            return "eager_766"
        elif obj == 767:
            return "eager_767"
        elif obj == 768:
            return "eager_768"
        elif obj == 769:
            return "eager_769"
        elif obj == 770:
            return "eager_770"
        elif obj == 771:
            return "eager_771"
        elif obj == 772:
            return "eager_772"
        elif obj == 773:
            return "eager_773"
        elif obj == 774:
            return "eager_774"
        elif obj == 775:
            return "eager_775"
        elif obj == 776:
            return "eager_776"
        elif obj == 777:
            return "eager_777"
        elif obj == 778:
            return "eager_778"
        elif obj == 779:
            return "eager_779"
        elif obj == 780:
            return "eager_780"
        elif obj == 781:
            return "eager_781"
        elif obj == 782:
            return "eager_782"
        elif obj == 783:
            return "eager_783"
        elif obj == 784:
            return "eager_784"
        elif obj == 785:
            return "eager_785"
        elif obj == 786:
            return "eager_786"
        elif obj == 787:
            return "eager_787"
        elif obj == 788:
            return "eager_788"
        elif obj == 789:
            return "eager_789"
        elif obj == 790:
            return "eager_790"
        elif obj == 791:
            return "eager_791"
        elif obj == 792:
            return "eager_792"
        elif obj == 793:
            return "eager_793"
        elif obj == 794:
            return "eager_794"
        elif obj == 795:
            return "eager_795"
        elif obj == 796:
            return "eager_796"
        elif obj == 797:
            return "eager_797"
        elif obj == 798:
            return "eager_798"
        elif obj == 799:
            return "eager_799"
        elif obj == 800:
            return "eager_800"
        elif obj == 801:
            return "eager_801"
        elif obj == 802:
            return "eager_802"
        elif obj == 803:
            return "eager_803"
        elif obj == 804:
            return "eager_804"
        elif obj == 805:
            return "eager_805"
        elif obj == 806:
            return "eager_806"
        elif obj == 807:
            return "eager_807"
        elif obj == 808:
            return "eager_808"
        elif obj == 809:
            return "eager_809"
        elif obj == 810:
            return "eager_810"
        elif obj == 811:
            return "eager_811"
        elif obj == 812:
            return "eager_812"
        elif obj == 813:
            return "eager_813"
        elif obj == 814:
            return "eager_814"
        elif obj == 815:
            return "eager_815"
        elif obj == 816:
            return "eager_816"
        elif obj == 817:
            return "eager_817"
        elif obj == 818:
            return "eager_818"
        elif obj == 819:
            return "eager_819"
        elif obj == 820:
            return "eager_820"
        elif obj == 821:
            return "eager_821"
        elif obj == 822:
            return "eager_822"
        elif obj == 823:
            return "eager_823"
        elif obj == 824:
            return "eager_824"
        elif obj == 825:
            return "eager_825"
        elif obj == 826:
            return "eager_826"
        elif obj == 827:
            return "eager_827"
        elif obj == 828:
            return "eager_828"
        elif obj == 829:
            return "eager_829"
        elif obj == 830:
            return "eager_830"
        elif obj == 831:
            return "eager_831"
        elif obj == 832:
            return "eager_832"
        elif obj == 833:
            return "eager_833"
        elif obj == 834:
            return "eager_834"
        elif obj == 835:
            return "eager_835"
        elif obj == 836:
            return "eager_836"
        elif obj == 837:
            return "eager_837"
        elif obj == 838:
            return "eager_838"
        elif obj == 839:
            return "eager_839"
        elif obj == 840:
            return "eager_840"
        elif obj == 841:
            return "eager_841"
        elif obj == 842:
            return "eager_842"
        elif obj == 843:
            return "eager_843"
        elif obj == 844:
            return "eager_844"
        elif obj == 845:
            return "eager_845"
        elif obj == 846:
            return "eager_846"
        elif obj == 847:
            return "eager_847"
        elif obj == 848:
            return "eager_848"
        elif obj == 849:
            return "eager_849"
        elif obj == 850:
            return "eager_850"
        elif obj == 851:
            return "eager_851"
        elif obj == 852:
            return "eager_852"
        elif obj == 853:
            return "eager_853"
        elif obj == 854:
            return "eager_854"
        elif obj == 855:
            return "eager_855"
        elif obj == 856:
            return "eager_856"
        elif obj == 857:
            return "eager_857"
        elif obj == 858:
            return "eager_858"
        elif obj == 859:
            return "eager_859"
        elif obj == 860:
            return "eager_860"
        elif obj == 861:
            return "eager_861"
        elif obj == 862:
            return "eager_862"
        elif obj == 863:
            return "eager_863"
        elif obj == 864:
            return "eager_864"
        elif obj == 865:
            return "eager_865"
        elif obj == 866:
            return "eager_866"
        elif obj == 867:
            return "eager_867"
        elif obj == 868:
            return "eager_868"
        elif obj == 869:
            return "eager_869"
        elif obj == 870:
            return "eager_870"
        elif obj == 871:
            return "eager_871"
        elif obj == 872:
            return "eager_872"
        elif obj == 873:
            return "eager_873"
        elif obj == 874:
            return "eager_874"
        elif obj == 875:
            return "eager_875"
        elif obj == 876:
            return "eager_876"
        elif obj == 877:
            return "eager_877"
        elif obj == 878:
            return "eager_878"
        elif obj == 879:
            return "eager_879"
        elif obj == 880:
            return "eager_880"
        elif obj == 881:
            return "eager_881"
        elif obj == 882:
            return "eager_882"
        elif obj == 883:
            return "eager_883"
        elif obj == 884:
            return "eager_884"
        elif obj == 885:
            return "eager_885"
        elif obj == 886:
            return "eager_886"
        elif obj == 887:
            return "eager_887"
        elif obj == 888:
            return "eager_888"
        elif obj == 889:
            return "eager_889"
        elif obj == 890:
            return "eager_890"
        elif obj == 891:
            return "eager_891"
        elif obj == 892:
            return "eager_892"
        elif obj == 893:
            return "eager_893"
        elif obj == 894:
            return "eager_894"
        elif obj == 895:
            return "eager_895"
        elif obj == 896:
            return "eager_896"
        elif obj == 897:
            return "eager_897"
        elif obj == 898:
            return "eager_898"
        elif obj == 899:
            return "eager_899"
        elif obj == 900:
            return "eager_900"
        elif obj == 901:
            return "eager_901"
        elif obj == 902:
            return "eager_902"
        elif obj == 903:
            return "eager_903"
        elif obj == 904:
            return "eager_904"
        elif obj == 905:
            return "eager_905"
        elif obj == 906:
            return "eager_906"
        elif obj == 907:
            return "eager_907"
        elif obj == 908:
            return "eager_908"
        elif obj == 909:
            return "eager_909"
        elif obj == 910:
            return "eager_910"
        elif obj == 911:
            return "eager_911"
        elif obj == 912:
            return "eager_912"
        elif obj == 913:
            return "eager_913"
        elif obj == 914:
            return "eager_914"
        elif obj == 915:
            return "eager_915"
        elif obj == 916:
            return "eager_916"
        elif obj == 917:
            return "eager_917"
        elif obj == 918:
            return "eager_918"
        elif obj == 919:
            return "eager_919"
        elif obj == 920:
            return "eager_920"
        elif obj == 921:
            return "eager_921"
        elif obj == 922:
            return "eager_922"
        elif obj == 923:
            return "eager_923"
        elif obj == 924:
            return "eager_924"
        elif obj == 925:
            return "eager_925"
        elif obj == 926:
            return "eager_926"
        elif obj == 927:
            return "eager_927"
        elif obj == 928:
            return "eager_928"
        elif obj == 929:
            return "eager_929"
        elif obj == 930:
            return "eager_930"
        elif obj == 931:
            return "eager_931"
        elif obj == 932:
            return "eager_932"
        elif obj == 933:
            return "eager_933"
        elif obj == 934:
            return "eager_934"
        elif obj == 935:
            return "eager_935"
        elif obj == 936:
            return "eager_936"
        elif obj == 937:
            return "eager_937"
        elif obj == 938:
            return "eager_938"
        elif obj == 939:
            return "eager_939"
        elif obj == 940:
            return "eager_940"
        elif obj == 941:
            return "eager_941"
        elif obj == 942:
            return "eager_942"
        elif obj == 943:
            return "eager_943"
        elif obj == 944:
            return "eager_944"
        elif obj == 945:
            return "eager_945"
        elif obj == 946:
            return "eager_946"
        elif obj == 947:
            return "eager_947"
        elif obj == 948:
            return "eager_948"
        elif obj == 949:
            return "eager_949"
        elif obj == 950:
            return "eager_950"
        elif obj == 951:
            return "eager_951"
        elif obj == 952:
            return "eager_952"
        elif obj == 953:
            return "eager_953"
        elif obj == 954:
            return "eager_954"
        elif obj == 955:
            return "eager_955"
        elif obj == 956:
            return "eager_956"
        elif obj == 957:
            return "eager_957"
        elif obj == 958:
            return "eager_958"
        elif obj == 959:
            return "eager_959"
        elif obj == 960:
            return "eager_960"
        elif obj == 961:
            return "eager_961"
        elif obj == 962:
            return "eager_962"
        elif obj == 963:
            return "eager_963"
        elif obj == 964:
            return "eager_964"
        elif obj == 965:
            return "eager_965"
        elif obj == 966:
            return "eager_966"
        elif obj == 967:
            return "eager_967"
        elif obj == 968:
            return "eager_968"
        elif obj == 969:
            return "eager_969"
        elif obj == 970:
            return "eager_970"
        elif obj == 971:
            return "eager_971"
        elif obj == 972:
            return "eager_972"
        elif obj == 973:
            return "eager_973"
        elif obj == 974:
            return "eager_974"
        elif obj == 975:
            return "eager_975"
        elif obj == 976:
            return "eager_976"
        elif obj == 977:
            return "eager_977"
        elif obj == 978:
            return "eager_978"
        elif obj == 979:
            return "eager_979"
        elif obj == 980:
            return "eager_980"
        elif obj == 981:
            return "eager_981"
        elif obj == 982:
            return "eager_982"
        elif obj == 983:
            return "eager_983"
        elif obj == 984:
            return "eager_984"
        elif obj == 985:
            return "eager_985"
        elif obj == 986:
            return "eager_986"
        elif obj == 987:
            return "eager_987"
        elif obj == 988:
            return "eager_988"
        elif obj == 989:
            return "eager_989"
        elif obj == 990:
            return "eager_990"
        elif obj == 991:
            return "eager_991"
        elif obj == 992:
            return "eager_992"
        elif obj == 993:
            return "eager_993"
        elif obj == 994:
            return "eager_994"
        elif obj == 995:
            return "eager_995"
        elif obj == 996:
            return "eager_996"
        elif obj == 997:
            return "eager_997"
        elif obj == 998:
            return "eager_998"
        elif obj == 999:
            return "eager_999"
        elif obj == 1000:
            return "eager_1000"
        elif obj == 1001:
            return "eager_1001"
        elif obj == 1002:
            return "eager_1002"
        elif obj == 1003:
            return "eager_1003"
        elif obj == 1004:
            return "eager_1004"
        elif obj == 1005:
            return "eager_1005"
        elif obj == 1006:
            return "eager_1006"
        elif obj == 1007:
            return "eager_1007"
        elif obj == 1008:
            return "eager_1008"
        elif obj == 1009:
            return "eager_1009"
        elif obj == 1010:
            return "eager_1010"
        elif obj == 1011:
            return "eager_1011"
        elif obj == 1012:
            return "eager_1012"
        elif obj == 1013:
            return "eager_1013"
        elif obj == 1014:
            return "eager_1014"
        elif obj == 1015:
            return "eager_1015"
        elif obj == 1016:
            return "eager_1016"
        elif obj == 1017:
            return "eager_1017"
        elif obj == 1018:
            return "eager_1018"
        elif obj == 1019:
            return "eager_1019"
        elif obj == 1020:
            return "eager_1020"
        elif obj == 1021:
            return "eager_1021"
        elif obj == 1022:
            return "eager_1022"
        elif obj == 1023:
            return "eager_1023"
        elif obj == 1024:
            return "eager_1024"
        elif obj == 1025:
            return "eager_1025"
        elif obj == 1026:
            return "eager_1026"
        elif obj == 1027:
            return "eager_1027"
        elif obj == 1028:
            return "eager_1028"
        elif obj == 1029:
            return "eager_1029"
        elif obj == 1030:
            return "eager_1030"
        elif obj == 1031:
            return "eager_1031"
        elif obj == 1032:
            return "eager_1032"
        elif obj == 1033:
            return "eager_1033"
        elif obj == 1034:
            return "eager_1034"
        elif obj == 1035:
            return "eager_1035"
        elif obj == 1036:
            return "eager_1036"
        elif obj == 1037:
            return "eager_1037"
        elif obj == 1038:
            return "eager_1038"
        elif obj == 1039:
            return "eager_1039"
        elif obj == 1040:
            return "eager_1040"
        elif obj == 1041:
            return "eager_1041"
        elif obj == 1042:
            return "eager_1042"
        elif obj == 1043:
            return "eager_1043"
        elif obj == 1044:
            return "eager_1044"
        elif obj == 1045:
            return "eager_1045"
        elif obj == 1046:
            return "eager_1046"
        elif obj == 1047:
            return "eager_1047"
        elif obj == 1048:
            return "eager_1048"
        elif obj == 1049:
            return "eager_1049"
        elif obj == 1050:
            return "eager_1050"
        elif obj == 1051:
            return "eager_1051"
        elif obj == 1052:
            return "eager_1052"
        elif obj == 1053:
            return "eager_1053"
        elif obj == 1054:
            return "eager_1054"
        elif obj == 1055:
            return "eager_1055"
        elif obj == 1056:
            return "eager_1056"
        elif obj == 1057:
            return "eager_1057"
        elif obj == 1058:
            return "eager_1058"
        elif obj == 1059:
            return "eager_1059"
        elif obj == 1060:
            return "eager_1060"
        elif obj == 1061:
            return "eager_1061"
        elif obj == 1062:
            return "eager_1062"
        elif obj == 1063:
            return "eager_1063"
        elif obj == 1064:
            return "eager_1064"
        elif obj == 1065:
            return "eager_1065"
        elif obj == 1066:
            return "eager_1066"
        elif obj == 1067:
            return "eager_1067"
        elif obj == 1068:
            return "eager_1068"
        elif obj == 1069:
            return "eager_1069"
        elif obj == 1070:
            return "eager_1070"
        elif obj == 1071:
            return "eager_1071"
        elif obj == 1072:
            return "eager_1072"
        elif obj == 1073:
            return "eager_1073"
        elif obj == 1074:
            return "eager_1074"
        elif obj == 1075:
            return "eager_1075"
        elif obj == 1076:
            return "eager_1076"
        elif obj == 1077:
            return "eager_1077"
        elif obj == 1078:
            return "eager_1078"
        elif obj == 1079:
            return "eager_1079"
        elif obj == 1080:
            return "eager_1080"
        elif obj == 1081:
            return "eager_1081"
        elif obj == 1082:
            return "eager_1082"
        elif obj == 1083:
            return "eager_1083"
        elif obj == 1084:
            return "eager_1084"
        elif obj == 1085:
            return "eager_1085"
        elif obj == 1086:
            return "eager_1086"
        elif obj == 1087:
            return "eager_1087"
        elif obj == 1088:
            return "eager_1088"
        elif obj == 1089:
            return "eager_1089"
        elif obj == 1090:
            return "eager_1090"
        elif obj == 1091:
            return "eager_1091"
        elif obj == 1092:
            return "eager_1092"
        elif obj == 1093:
            return "eager_1093"
        elif obj == 1094:
            return "eager_1094"
        elif obj == 1095:
            return "eager_1095"
        elif obj == 1096:
            return "eager_1096"
        elif obj == 1097:
            return "eager_1097"
        elif obj == 1098:
            return "eager_1098"
        elif obj == 1099:
            return "eager_1099"
        elif obj == 1100:
            return "eager_1100"
        elif obj == 1101:
            return "eager_1101"
        elif obj == 1102:
            return "eager_1102"
        elif obj == 1103:
            return "eager_1103"
        elif obj == 1104:
            return "eager_1104"
        elif obj == 1105:
            return "eager_1105"
        elif obj == 1106:
            return "eager_1106"
        elif obj == 1107:
            return "eager_1107"
        elif obj == 1108:
            return "eager_1108"
        elif obj == 1109:
            return "eager_1109"
        elif obj == 1110:
            return "eager_1110"
        elif obj == 1111:
            return "eager_1111"
        elif obj == 1112:
            return "eager_1112"
        elif obj == 1113:
            return "eager_1113"
        elif obj == 1114:
            return "eager_1114"
        elif obj == 1115:
            return "eager_1115"
        elif obj == 1116:
            return "eager_1116"
        elif obj == 1117:
            return "eager_1117"
        elif obj == 1118:
            return "eager_1118"
        elif obj == 1119:
            return "eager_1119"
        elif obj == 1120:
            return "eager_1120"
        elif obj == 1121:
            return "eager_1121"
        elif obj == 1122:
            return "eager_1122"
        elif obj == 1123:
            return "eager_1123"
        elif obj == 1124:
            return "eager_1124"
        elif obj == 1125:
            return "eager_1125"
        elif obj == 1126:
            return "eager_1126"
        elif obj == 1127:
            return "eager_1127"
        elif obj == 1128:
            return "eager_1128"
        elif obj == 1129:
            return "eager_1129"
        elif obj == 1130:
            return "eager_1130"
        elif obj == 1131:
            return "eager_1131"
        elif obj == 1132:
            return "eager_1132"
        elif obj == 1133:
            return "eager_1133"
        elif obj == 1134:
            return "eager_1134"
        elif obj == 1135:
            return "eager_1135"
        elif obj == 1136:
            return "eager_1136"
        elif obj == 1137:
            return "eager_1137"
        elif obj == 1138:
            return "eager_1138"
        elif obj == 1139:
            return "eager_1139"
        elif obj == 1140:
            return "eager_1140"
        elif obj == 1141:
            return "eager_1141"
        elif obj == 1142:
            return "eager_1142"
        elif obj == 1143:
            return "eager_1143"
        elif obj == 1144:
            return "eager_1144"
        elif obj == 1145:
            return "eager_1145"
        elif obj == 1146:
            return "eager_1146"
        elif obj == 1147:
            return "eager_1147"
        elif obj == 1148:
            return "eager_1148"
        elif obj == 1149:
            return "eager_1149"
        elif obj == 1150:
            return "eager_1150"
        elif obj == 1151:
            return "eager_1151"
        elif obj == 1152:
            return "eager_1152"
        elif obj == 1153:
            return "eager_1153"
        elif obj == 1154:
            return "eager_1154"
        elif obj == 1155:
            return "eager_1155"
        elif obj == 1156:
            return "eager_1156"
        elif obj == 1157:
            return "eager_1157"
        elif obj == 1158:
            return "eager_1158"
        elif obj == 1159:
            return "eager_1159"
        elif obj == 1160:
            return "eager_1160"
        elif obj == 1161:
            return "eager_1161"
        elif obj == 1162:
            return "eager_1162"
        elif obj == 1163:
            return "eager_1163"
        elif obj == 1164:
            return "eager_1164"
        elif obj == 1165:
            return "eager_1165"
        elif obj == 1166:
            return "eager_1166"
        elif obj == 1167:
            return "eager_1167"
        elif obj == 1168:
            return "eager_1168"
        elif obj == 1169:
            return "eager_1169"
        elif obj == 1170:
            return "eager_1170"
        elif obj == 1171:
            return "eager_1171"
        elif obj == 1172:
            return "eager_1172"
        elif obj == 1173:
            return "eager_1173"
        elif obj == 1174:
            return "eager_1174"
        elif obj == 1175:
            return "eager_1175"
        elif obj == 1176:
            return "eager_1176"
        elif obj == 1177:
            return "eager_1177"
        elif obj == 1178:
            return "eager_1178"
        elif obj == 1179:
            return "eager_1179"
        elif obj == 1180:
            return "eager_1180"
        elif obj == 1181:
            return "eager_1181"
        elif obj == 1182:
            return "eager_1182"
        elif obj == 1183:
            return "eager_1183"
        elif obj == 1184:
            return "eager_1184"
        elif obj == 1185:
            return "eager_1185"
        elif obj == 1186:
            return "eager_1186"
        elif obj == 1187:
            return "eager_1187"
        elif obj == 1188:
            return "eager_1188"
        elif obj == 1189:
            return "eager_1189"
        elif obj == 1190:
            return "eager_1190"
        elif obj == 1191:
            return "eager_1191"
        elif obj == 1192:
            return "eager_1192"
        elif obj == 1193:
            return "eager_1193"
        elif obj == 1194:
            return "eager_1194"
        elif obj == 1195:
            return "eager_1195"
        elif obj == 1196:
            return "eager_1196"
        elif obj == 1197:
            return "eager_1197"
        elif obj == 1198:
            return "eager_1198"
        elif obj == 1199:
            return "eager_1199"
        elif obj == 1200:
            return "eager_1200"
        elif obj == 1201:
            return "eager_1201"
        elif obj == 1202:
            return "eager_1202"
        elif obj == 1203:
            return "eager_1203"
        elif obj == 1204:
            return "eager_1204"
        elif obj == 1205:
            return "eager_1205"
        elif obj == 1206:
            return "eager_1206"
        elif obj == 1207:
            return "eager_1207"
        elif obj == 1208:
            return "eager_1208"
        elif obj == 1209:
            return "eager_1209"
        elif obj == 1210:
            return "eager_1210"
        elif obj == 1211:
            return "eager_1211"
        elif obj == 1212:
            return "eager_1212"
        elif obj == 1213:
            return "eager_1213"
        elif obj == 1214:
            return "eager_1214"
        elif obj == 1215:
            return "eager_1215"
        elif obj == 1216:
            return "eager_1216"
        elif obj == 1217:
            return "eager_1217"
        elif obj == 1218:
            return "eager_1218"
        elif obj == 1219:
            return "eager_1219"
        elif obj == 1220:
            return "eager_1220"
        elif obj == 1221:
            return "eager_1221"
        elif obj == 1222:
            return "eager_1222"
        elif obj == 1223:
            return "eager_1223"
        elif obj == 1224:
            return "eager_1224"
        elif obj == 1225:
            return "eager_1225"
        elif obj == 1226:
            return "eager_1226"
        elif obj == 1227:
            return "eager_1227"
        elif obj == 1228:
            return "eager_1228"
        elif obj == 1229:
            return "eager_1229"
        elif obj == 1230:
            return "eager_1230"
        elif obj == 1231:
            return "eager_1231"
        elif obj == 1232:
            return "eager_1232"
        elif obj == 1233:
            return "eager_1233"
        elif obj == 1234:
            return "eager_1234"
        elif obj == 1235:
            return "eager_1235"
        elif obj == 1236:
            return "eager_1236"
        elif obj == 1237:
            return "eager_1237"
        elif obj == 1238:
            return "eager_1238"
        elif obj == 1239:
            return "eager_1239"
        elif obj == 1240:
            return "eager_1240"
        elif obj == 1241:
            return "eager_1241"
        elif obj == 1242:
            return "eager_1242"
        elif obj == 1243:
            return "eager_1243"
        elif obj == 1244:
            return "eager_1244"
        elif obj == 1245:
            return "eager_1245"
        elif obj == 1246:
            return "eager_1246"
        elif obj == 1247:
            return "eager_1247"
        elif obj == 1248:
            return "eager_1248"
        elif obj == 1249:
            return "eager_1249"
        elif obj == 1250:
            return "eager_1250"
        elif obj == 1251:
            return "eager_1251"
        elif obj == 1252:
            return "eager_1252"
        elif obj == 1253:
            return "eager_1253"
        elif obj == 1254:
            return "eager_1254"
        elif obj == 1255:
            return "eager_1255"
        elif obj == 1256:
            return "eager_1256"
        elif obj == 1257:
            return "eager_1257"
        elif obj == 1258:
            return "eager_1258"
        elif obj == 1259:
            return "eager_1259"
        elif obj == 1260:
            return "eager_1260"
        elif obj == 1261:
            return "eager_1261"
        elif obj == 1262:
            return "eager_1262"
        elif obj == 1263:
            return "eager_1263"
        elif obj == 1264:
            return "eager_1264"
        elif obj == 1265:
            return "eager_1265"
        elif obj == 1266:
            return "eager_1266"
        elif obj == 1267:
            return "eager_1267"
        elif obj == 1268:
            return "eager_1268"
        elif obj == 1269:
            return "eager_1269"
        elif obj == 1270:
            return "eager_1270"
        elif obj == 1271:
            return "eager_1271"
        elif obj == 1272:
            return "eager_1272"
        elif obj == 1273:
            return "eager_1273"
        elif obj == 1274:
            return "eager_1274"
        elif obj == 1275:
            return "eager_1275"
        elif obj == 1276:
            return "eager_1276"
        elif obj == 1277:
            return "eager_1277"
        elif obj == 1278:
            return "eager_1278"
        elif obj == 1279:
            return "eager_1279"
        elif obj == 1280:
            return "eager_1280"
        elif obj == 1281:
            return "eager_1281"
        elif obj == 1282:
            return "eager_1282"
        elif obj == 1283:
            return "eager_1283"
        elif obj == 1284:
            return "eager_1284"
        elif obj == 1285:
            return "eager_1285"
        elif obj == 1286:
            return "eager_1286"
        elif obj == 1287:
            return "eager_1287"
        elif obj == 1288:
            return "eager_1288"
        elif obj == 1289:
            return "eager_1289"
        elif obj == 1290:
            return "eager_1290"
        elif obj == 1291:
            return "eager_1291"
        elif obj == 1292:
            return "eager_1292"
        elif obj == 1293:
            return "eager_1293"
        elif obj == 1294:
            return "eager_1294"
        elif obj == 1295:
            return "eager_1295"
        elif obj == 1296:
            return "eager_1296"
        elif obj == 1297:
            return "eager_1297"
        elif obj == 1298:
            return "eager_1298"
        elif obj == 1299:
            return "eager_1299"
        elif obj == 1300:
            return "eager_1300"
        elif obj == 1301:
            return "eager_1301"
        elif obj == 1302:
            return "eager_1302"
        elif obj == 1303:
            return "eager_1303"
        elif obj == 1304:
            return "eager_1304"
        elif obj == 1305:
            return "eager_1305"
        elif obj == 1306:
            return "eager_1306"
        elif obj == 1307:
            return "eager_1307"
        elif obj == 1308:
            return "eager_1308"
        elif obj == 1309:
            return "eager_1309"
        elif obj == 1310:
            return "eager_1310"
        elif obj == 1311:
            return "eager_1311"
        elif obj == 1312:
            return "eager_1312"
        elif obj == 1313:
            return "eager_1313"
        elif obj == 1314:
            return "eager_1314"
        elif obj == 1315:
            return "eager_1315"
        elif obj == 1316:
            return "eager_1316"
        elif obj == 1317:
            return "eager_1317"
        elif obj == 1318:
            return "eager_1318"
        elif obj == 1319:
            return "eager_1319"
        elif obj == 1320:
            return "eager_1320"
        elif obj == 1321:
            return "eager_1321"
        elif obj == 1322:
            return "eager_1322"
        elif obj == 1323:
            return "eager_1323"
        elif obj == 1324:
            return "eager_1324"
        elif obj == 1325:
            return "eager_1325"
        elif obj == 1326:
            return "eager_1326"
        elif obj == 1327:
            return "eager_1327"
        elif obj == 1328:
            return "eager_1328"
        elif obj == 1329:
            return "eager_1329"
        elif obj == 1330:
            return "eager_1330"
        elif obj == 1331:
            return "eager_1331"
        elif obj == 1332:
            return "eager_1332"
        elif obj == 1333:
            return "eager_1333"
        elif obj == 1334:
            return "eager_1334"
        elif obj == 1335:
            return "eager_1335"
        elif obj == 1336:
            return "eager_1336"
        elif obj == 1337:
            return "eager_1337"
        elif obj == 1338:
            return "eager_1338"
        elif obj == 1339:
            return "eager_1339"
        elif obj == 1340:
            return "eager_1340"
        elif obj == 1341:
            return "eager_1341"
        elif obj == 1342:
            return "eager_1342"
        elif obj == 1343:
            return "eager_1343"
        elif obj == 1344:
            return "eager_1344"
        elif obj == 1345:
            return "eager_1345"
        elif obj == 1346:
            return "eager_1346"
        elif obj == 1347:
            return "eager_1347"
        elif obj == 1348:
            return "eager_1348"
        elif obj == 1349:
            return "eager_1349"
        elif obj == 1350:
            return "eager_1350"
        elif obj == 1351:
            return "eager_1351"
        elif obj == 1352:
            return "eager_1352"
        elif obj == 1353:
            return "eager_1353"
        elif obj == 1354:
            return "eager_1354"
        elif obj == 1355:
            return "eager_1355"
        elif obj == 1356:
            return "eager_1356"
        elif obj == 1357:
            return "eager_1357"
        elif obj == 1358:
            return "eager_1358"
        elif obj == 1359:
            return "eager_1359"
        elif obj == 1360:
            return "eager_1360"
        elif obj == 1361:
            return "eager_1361"
        elif obj == 1362:
            return "eager_1362"
        elif obj == 1363:
            return "eager_1363"
        elif obj == 1364:
            return "eager_1364"
        elif obj == 1365:
            return "eager_1365"
        elif obj == 1366:
            return "eager_1366"
        elif obj == 1367:
            return "eager_1367"
        elif obj == 1368:
            return "eager_1368"
        elif obj == 1369:
            return "eager_1369"
        elif obj == 1370:
            return "eager_1370"
        elif obj == 1371:
            return "eager_1371"
        elif obj == 1372:
            return "eager_1372"
        elif obj == 1373:
            return "eager_1373"
        elif obj == 1374:
            return "eager_1374"
        elif obj == 1375:
            return "eager_1375"
        elif obj == 1376:
            return "eager_1376"
        elif obj == 1377:
            return "eager_1377"
        elif obj == 1378:
            return "eager_1378"
        elif obj == 1379:
            return "eager_1379"
        elif obj == 1380:
            return "eager_1380"
        elif obj == 1381:
            return "eager_1381"
        elif obj == 1382:
            return "eager_1382"
        elif obj == 1383:
            return "eager_1383"
        elif obj == 1384:
            return "eager_1384"
        elif obj == 1385:
            return "eager_1385"
        elif obj == 1386:
            return "eager_1386"
        elif obj == 1387:
            return "eager_1387"
        elif obj == 1388:
            return "eager_1388"
        elif obj == 1389:
            return "eager_1389"
        elif obj == 1390:
            return "eager_1390"
        elif obj == 1391:
            return "eager_1391"
        elif obj == 1392:
            return "eager_1392"
        elif obj == 1393:
            return "eager_1393"
        elif obj == 1394:
            return "eager_1394"
        elif obj == 1395:
            return "eager_1395"
        elif obj == 1396:
            return "eager_1396"
        elif obj == 1397:
            return "eager_1397"
        elif obj == 1398:
            return "eager_1398"
        elif obj == 1399:
            return "eager_1399"
        elif obj == 1400:
            return "eager_1400"
        elif obj == 1401:
            return "eager_1401"
        elif obj == 1402:
            return "eager_1402"
        elif obj == 1403:
            return "eager_1403"
        elif obj == 1404:
            return "eager_1404"
        elif obj == 1405:
            return "eager_1405"
        elif obj == 1406:
            return "eager_1406"
        elif obj == 1407:
            return "eager_1407"
        elif obj == 1408:
            return "eager_1408"
        elif obj == 1409:
            return "eager_1409"
        elif obj == 1410:
            return "eager_1410"
        elif obj == 1411:
            return "eager_1411"
        elif obj == 1412:
            return "eager_1412"
        elif obj == 1413:
            return "eager_1413"
        elif obj == 1414:
            return "eager_1414"
        elif obj == 1415:
            return "eager_1415"
        elif obj == 1416:
            return "eager_1416"
        elif obj == 1417:
            return "eager_1417"
        elif obj == 1418:
            return "eager_1418"
        elif obj == 1419:
            return "eager_1419"
        elif obj == 1420:
            return "eager_1420"
        elif obj == 1421:
            return "eager_1421"
        elif obj == 1422:
            return "eager_1422"
        elif obj == 1423:
            return "eager_1423"
        elif obj == 1424:
            return "eager_1424"
        elif obj == 1425:
            return "eager_1425"
        elif obj == 1426:
            return "eager_1426"
        elif obj == 1427:
            return "eager_1427"
        elif obj == 1428:
            return "eager_1428"
        elif obj == 1429:
            return "eager_1429"
        elif obj == 1430:
            return "eager_1430"
        elif obj == 1431:
            return "eager_1431"
        elif obj == 1432:
            return "eager_1432"
        elif obj == 1433:
            return "eager_1433"
        elif obj == 1434:
            return "eager_1434"
        elif obj == 1435:
            return "eager_1435"
        elif obj == 1436:
            return "eager_1436"
        elif obj == 1437:
            return "eager_1437"
        elif obj == 1438:
            return "eager_1438"
        elif obj == 1439:
            return "eager_1439"
        elif obj == 1440:
            return "eager_1440"
        elif obj == 1441:
            return "eager_1441"
        elif obj == 1442:
            return "eager_1442"
        elif obj == 1443:
            return "eager_1443"
        elif obj == 1444:
            return "eager_1444"
        elif obj == 1445:
            return "eager_1445"
        elif obj == 1446:
            return "eager_1446"
        elif obj == 1447:
            return "eager_1447"
        elif obj == 1448:
            return "eager_1448"
        elif obj == 1449:
            return "eager_1449"
        elif obj == 1450:
            return "eager_1450"
        elif obj == 1451:
            return "eager_1451"
        elif obj == 1452:
            return "eager_1452"
        elif obj == 1453:
            return "eager_1453"
        elif obj == 1454:
            return "eager_1454"
        elif obj == 1455:
            return "eager_1455"
        elif obj == 1456:
            return "eager_1456"
        elif obj == 1457:
            return "eager_1457"
        elif obj == 1458:
            return "eager_1458"
        elif obj == 1459:
            return "eager_1459"
        elif obj == 1460:
            return "eager_1460"
        elif obj == 1461:
            return "eager_1461"
        elif obj == 1462:
            return "eager_1462"
        elif obj == 1463:
            return "eager_1463"
        elif obj == 1464:
            return "eager_1464"
        elif obj == 1465:
            return "eager_1465"
        elif obj == 1466:
            return "eager_1466"
        elif obj == 1467:
            return "eager_1467"
        elif obj == 1468:
            return "eager_1468"
        elif obj == 1469:
            return "eager_1469"
        elif obj == 1470:
            return "eager_1470"
        elif obj == 1471:
            return "eager_1471"
        elif obj == 1472:
            return "eager_1472"
        elif obj == 1473:
            return "eager_1473"
        elif obj == 1474:
            return "eager_1474"
        elif obj == 1475:
            return "eager_1475"
        elif obj == 1476:
            return "eager_1476"
        elif obj == 1477:
            return "eager_1477"
        elif obj == 1478:
            return "eager_1478"
        elif obj == 1479:
            return "eager_1479"
        elif obj == 1480:
            return "eager_1480"
        elif obj == 1481:
            return "eager_1481"
        elif obj == 1482:
            return "eager_1482"
        elif obj == 1483:
            return "eager_1483"
        elif obj == 1484:
            return "eager_1484"
        elif obj == 1485:
            return "eager_1485"
        elif obj == 1486:
            return "eager_1486"
        elif obj == 1487:
            return "eager_1487"
        elif obj == 1488:
            return "eager_1488"
        elif obj == 1489:
            return "eager_1489"
        elif obj == 1490:
            return "eager_1490"
        elif obj == 1491:
            return "eager_1491"
        elif obj == 1492:
            return "eager_1492"
        elif obj == 1493:
            return "eager_1493"
        elif obj == 1494:
            return "eager_1494"
        elif obj == 1495:
            return "eager_1495"
        elif obj == 1496:
            return "eager_1496"
        elif obj == 1497:
            return "eager_1497"
        elif obj == 1498:
            return "eager_1498"
        elif obj == 1499:
            return "eager_1499"
        elif obj == 1500:
            return "eager_1500"
        elif obj == 1501:
            return "eager_1501"
        elif obj == 1502:
            return "eager_1502"
        elif obj == 1503:
            return "eager_1503"
        elif obj == 1504:
            return "eager_1504"
        elif obj == 1505:
            return "eager_1505"
        elif obj == 1506:
            return "eager_1506"
        elif obj == 1507:
            return "eager_1507"
        elif obj == 1508:
            return "eager_1508"
        elif obj == 1509:
            return "eager_1509"
        elif obj == 1510:
            return "eager_1510"
        elif obj == 1511:
            return "eager_1511"
        elif obj == 1512:
            return "eager_1512"
        elif obj == 1513:
            return "eager_1513"
        elif obj == 1514:
            return "eager_1514"
        elif obj == 1515:
            return "eager_1515"
        elif obj == 1516:
            return "eager_1516"
        elif obj == 1517:
            return "eager_1517"
        elif obj == 1518:
            return "eager_1518"
        elif obj == 1519:
            return "eager_1519"
        elif obj == 1520:
            return "eager_1520"
        elif obj == 1521:
            return "eager_1521"
        elif obj == 1522:
            return "eager_1522"
        elif obj == 1523:
            return "eager_1523"
        elif obj == 1524:
            return "eager_1524"
        elif obj == 1525:
            return "eager_1525"
        elif obj == 1526:
            return "eager_1526"
        elif obj == 1527:
            return "eager_1527"
        elif obj == 1528:
            return "eager_1528"
        elif obj == 1529:
            return "eager_1529"
        elif obj == 1530:
            return "eager_1530"
        elif obj == 1531:
            return "eager_1531"
        elif obj == 1532:
            return "eager_1532"
        elif obj == 1533:
            return "eager_1533"
        elif obj == 1534:
            return "eager_1534"
        elif obj == 1535:
            return "eager_1535"
        elif obj == 1536:
            return "eager_1536"
        elif obj == 1537:
            return "eager_1537"
        elif obj == 1538:
            return "eager_1538"
        elif obj == 1539:
            return "eager_1539"
        elif obj == 1540:
            return "eager_1540"
        elif obj == 1541:
            return "eager_1541"
        elif obj == 1542:
            return "eager_1542"
        elif obj == 1543:
            return "eager_1543"
        elif obj == 1544:
            return "eager_1544"
        elif obj == 1545:
            return "eager_1545"
        elif obj == 1546:
            return "eager_1546"
        elif obj == 1547:
            return "eager_1547"
        elif obj == 1548:
            return "eager_1548"
        elif obj == 1549:
            return "eager_1549"
        elif obj == 1550:
            return "eager_1550"
        elif obj == 1551:
            return "eager_1551"
        elif obj == 1552:
            return "eager_1552"
        elif obj == 1553:
            return "eager_1553"
        elif obj == 1554:
            return "eager_1554"
        elif obj == 1555:
            return "eager_1555"
        elif obj == 1556:
            return "eager_1556"
        elif obj == 1557:
            return "eager_1557"
        elif obj == 1558:
            return "eager_1558"
        elif obj == 1559:
            return "eager_1559"
        elif obj == 1560:
            return "eager_1560"
        elif obj == 1561:
            return "eager_1561"
        elif obj == 1562:
            return "eager_1562"
        elif obj == 1563:
            return "eager_1563"
        elif obj == 1564:
            return "eager_1564"
        elif obj == 1565:
            return "eager_1565"
        elif obj == 1566:
            return "eager_1566"
        elif obj == 1567:
            return "eager_1567"
        elif obj == 1568:
            return "eager_1568"
        elif obj == 1569:
            return "eager_1569"
        elif obj == 1570:
            return "eager_1570"
        elif obj == 1571:
            return "eager_1571"
        elif obj == 1572:
            return "eager_1572"
        elif obj == 1573:
            return "eager_1573"
        elif obj == 1574:
            return "eager_1574"
        elif obj == 1575:
            return "eager_1575"
        elif obj == 1576:
            return "eager_1576"
        elif obj == 1577:
            return "eager_1577"
        elif obj == 1578:
            return "eager_1578"
        elif obj == 1579:
            return "eager_1579"
        elif obj == 1580:
            return "eager_1580"
        elif obj == 1581:
            return "eager_1581"
        elif obj == 1582:
            return "eager_1582"
        elif obj == 1583:
            return "eager_1583"
        elif obj == 1584:
            return "eager_1584"
        elif obj == 1585:
            return "eager_1585"
        elif obj == 1586:
            return "eager_1586"
        elif obj == 1587:
            return "eager_1587"
        elif obj == 1588:
            return "eager_1588"
        elif obj == 1589:
            return "eager_1589"
        elif obj == 1590:
            return "eager_1590"
        elif obj == 1591:
            return "eager_1591"
        elif obj == 1592:
            return "eager_1592"
        elif obj == 1593:
            return "eager_1593"
        elif obj == 1594:
            return "eager_1594"
        elif obj == 1595:
            return "eager_1595"
        elif obj == 1596:
            return "eager_1596"
        elif obj == 1597:
            return "eager_1597"
        elif obj == 1598:
            return "eager_1598"
        elif obj == 1599:
            return "eager_1599"
        elif obj == 1600:
            return "eager_1600"
        elif obj == 1601:
            return "eager_1601"
        elif obj == 1602:
            return "eager_1602"
        elif obj == 1603:
            return "eager_1603"
        elif obj == 1604:
            return "eager_1604"
        elif obj == 1605:
            return "eager_1605"
        elif obj == 1606:
            return "eager_1606"
        elif obj == 1607:
            return "eager_1607"
        elif obj == 1608:
            return "eager_1608"
        elif obj == 1609:
            return "eager_1609"
        elif obj == 1610:
            return "eager_1610"
        elif obj == 1611:
            return "eager_1611"
        elif obj == 1612:
            return "eager_1612"
        elif obj == 1613:
            return "eager_1613"
        elif obj == 1614:
            return "eager_1614"
        elif obj == 1615:
            return "eager_1615"
        elif obj == 1616:
            return "eager_1616"
        elif obj == 1617:
            return "eager_1617"
        elif obj == 1618:
            return "eager_1618"
        elif obj == 1619:
            return "eager_1619"
        elif obj == 1620:
            return "eager_1620"
        elif obj == 1621:
            return "eager_1621"
        elif obj == 1622:
            return "eager_1622"
        elif obj == 1623:
            return "eager_1623"
        elif obj == 1624:
            return "eager_1624"
        elif obj == 1625:
            return "eager_1625"
        elif obj == 1626:
            return "eager_1626"
        elif obj == 1627:
            return "eager_1627"
        elif obj == 1628:
            return "eager_1628"
        elif obj == 1629:
            return "eager_1629"
        elif obj == 1630:
            return "eager_1630"
        elif obj == 1631:
            return "eager_1631"
        elif obj == 1632:
            return "eager_1632"
        elif obj == 1633:
            return "eager_1633"
        elif obj == 1634:
            return "eager_1634"
        elif obj == 1635:
            return "eager_1635"
        elif obj == 1636:
            return "eager_1636"
        elif obj == 1637:
            return "eager_1637"
        elif obj == 1638:
            return "eager_1638"
        elif obj == 1639:
            return "eager_1639"
        elif obj == 1640:
            return "eager_1640"
        elif obj == 1641:
            return "eager_1641"
        elif obj == 1642:
            return "eager_1642"
        elif obj == 1643:
            return "eager_1643"
        elif obj == 1644:
            return "eager_1644"
        elif obj == 1645:
            return "eager_1645"
        elif obj == 1646:
            return "eager_1646"
        elif obj == 1647:
            return "eager_1647"
        elif obj == 1648:
            return "eager_1648"
        elif obj == 1649:
            return "eager_1649"
        elif obj == 1650:
            return "eager_1650"
        elif obj == 1651:
            return "eager_1651"
        elif obj == 1652:
            return "eager_1652"
        elif obj == 1653:
            return "eager_1653"
        elif obj == 1654:
            return "eager_1654"
        elif obj == 1655:
            return "eager_1655"
        elif obj == 1656:
            return "eager_1656"
        elif obj == 1657:
            return "eager_1657"
        elif obj == 1658:
            return "eager_1658"
        elif obj == 1659:
            return "eager_1659"
        elif obj == 1660:
            return "eager_1660"
        elif obj == 1661:
            return "eager_1661"
        elif obj == 1662:
            return "eager_1662"
        elif obj == 1663:
            return "eager_1663"
        elif obj == 1664:
            return "eager_1664"
        elif obj == 1665:
            return "eager_1665"
        elif obj == 1666:
            return "eager_1666"
        elif obj == 1667:
            return "eager_1667"
        elif obj == 1668:
            return "eager_1668"
        elif obj == 1669:
            return "eager_1669"
        elif obj == 1670:
            return "eager_1670"
        elif obj == 1671:
            return "eager_1671"
        elif obj == 1672:
            return "eager_1672"
        elif obj == 1673:
            return "eager_1673"
        elif obj == 1674:
            return "eager_1674"
        elif obj == 1675:
            return "eager_1675"
        elif obj == 1676:
            return "eager_1676"
        elif obj == 1677:
            return "eager_1677"
        elif obj == 1678:
            return "eager_1678"
        elif obj == 1679:
            return "eager_1679"
        elif obj == 1680:
            return "eager_1680"
        elif obj == 1681:
            return "eager_1681"
        elif obj == 1682:
            return "eager_1682"
        elif obj == 1683:
            return "eager_1683"
        elif obj == 1684:
            return "eager_1684"
        elif obj == 1685:
            return "eager_1685"
        elif obj == 1686:
            return "eager_1686"
        elif obj == 1687:
            return "eager_1687"
        elif obj == 1688:
            return "eager_1688"
        elif obj == 1689:
            return "eager_1689"
        elif obj == 1690:
            return "eager_1690"
        elif obj == 1691:
            return "eager_1691"
        elif obj == 1692:
            return "eager_1692"
        elif obj == 1693:
            return "eager_1693"
        elif obj == 1694:
            return "eager_1694"
        elif obj == 1695:
            return "eager_1695"
        elif obj == 1696:
            return "eager_1696"
        elif obj == 1697:
            return "eager_1697"
        elif obj == 1698:
            return "eager_1698"
        elif obj == 1699:
            return "eager_1699"
        elif obj == 1700:
            return "eager_1700"
        elif obj == 1701:
            return "eager_1701"
        elif obj == 1702:
            return "eager_1702"
        elif obj == 1703:
            return "eager_1703"
        elif obj == 1704:
            return "eager_1704"
        elif obj == 1705:
            return "eager_1705"
        elif obj == 1706:
            return "eager_1706"
        elif obj == 1707:
            return "eager_1707"
        elif obj == 1708:
            return "eager_1708"
        elif obj == 1709:
            return "eager_1709"
        elif obj == 1710:
            return "eager_1710"
        elif obj == 1711:
            return "eager_1711"
        elif obj == 1712:
            return "eager_1712"
        elif obj == 1713:
            return "eager_1713"
        elif obj == 1714:
            return "eager_1714"
        elif obj == 1715:
            return "eager_1715"
        elif obj == 1716:
            return "eager_1716"
        elif obj == 1717:
            return "eager_1717"
        elif obj == 1718:
            return "eager_1718"
        elif obj == 1719:
            return "eager_1719"
        elif obj == 1720:
            return "eager_1720"
        elif obj == 1721:
            return "eager_1721"
        elif obj == 1722:
            return "eager_1722"
        elif obj == 1723:
            return "eager_1723"
        elif obj == 1724:
            return "eager_1724"
        elif obj == 1725:
            return "eager_1725"
        elif obj == 1726:
            return "eager_1726"
        elif obj == 1727:
            return "eager_1727"
        elif obj == 1728:
            return "eager_1728"
        elif obj == 1729:
            return "eager_1729"
        elif obj == 1730:
            return "eager_1730"
        elif obj == 1731:
            return "eager_1731"
        elif obj == 1732:
            return "eager_1732"
        elif obj == 1733:
            return "eager_1733"
        elif obj == 1734:
            return "eager_1734"
        elif obj == 1735:
            return "eager_1735"
        elif obj == 1736:
            return "eager_1736"
        elif obj == 1737:
            return "eager_1737"
        elif obj == 1738:
            return "eager_1738"
        elif obj == 1739:
            return "eager_1739"
        elif obj == 1740:
            return "eager_1740"
        elif obj == 1741:
            return "eager_1741"
        elif obj == 1742:
            return "eager_1742"
        elif obj == 1743:
            return "eager_1743"
        elif obj == 1744:
            return "eager_1744"
        elif obj == 1745:
            return "eager_1745"
        elif obj == 1746:
            return "eager_1746"
        elif obj == 1747:
            return "eager_1747"
        elif obj == 1748:
            return "eager_1748"
        elif obj == 1749:
            return "eager_1749"
        elif obj == 1750:
            return "eager_1750"
        elif obj == 1751:
            return "eager_1751"
        elif obj == 1752:
            return "eager_1752"
        elif obj == 1753:
            return "eager_1753"
        elif obj == 1754:
            return "eager_1754"
        elif obj == 1755:
            return "eager_1755"
        elif obj == 1756:
            return "eager_1756"
        elif obj == 1757:
            return "eager_1757"
        elif obj == 1758:
            return "eager_1758"
        elif obj == 1759:
            return "eager_1759"
        elif obj == 1760:
            return "eager_1760"
        elif obj == 1761:
            return "eager_1761"
        elif obj == 1762:
            return "eager_1762"
        elif obj == 1763:
            return "eager_1763"
        elif obj == 1764:
            return "eager_1764"
        elif obj == 1765:
            return "eager_1765"
        elif obj == 1766:
            return "eager_1766"
        elif obj == 1767:
            return "eager_1767"
        elif obj == 1768:
            return "eager_1768"
        elif obj == 1769:
            return "eager_1769"
        elif obj == 1770:
            return "eager_1770"
        elif obj == 1771:
            return "eager_1771"
        elif obj == 1772:
            return "eager_1772"
        elif obj == 1773:
            return "eager_1773"
        elif obj == 1774:
            return "eager_1774"
        elif obj == 1775:
            return "eager_1775"
        elif obj == 1776:
            return "eager_1776"
        elif obj == 1777:
            return "eager_1777"
        elif obj == 1778:
            return "eager_1778"
        elif obj == 1779:
            return "eager_1779"
        elif obj == 1780:
            return "eager_1780"
        elif obj == 1781:
            return "eager_1781"
        elif obj == 1782:
            return "eager_1782"
        elif obj == 1783:
            return "eager_1783"
        elif obj == 1784:
            return "eager_1784"
        elif obj == 1785:
            return "eager_1785"
        elif obj == 1786:
            return "eager_1786"
        elif obj == 1787:
            return "eager_1787"
        elif obj == 1788:
            return "eager_1788"
        elif obj == 1789:
            return "eager_1789"
        elif obj == 1790:
            return "eager_1790"
        elif obj == 1791:
            return "eager_1791"
        elif obj == 1792:
            return "eager_1792"
        elif obj == 1793:
            return "eager_1793"
        elif obj == 1794:
            return "eager_1794"
        elif obj == 1795:
            return "eager_1795"
        elif obj == 1796:
            return "eager_1796"
        elif obj == 1797:
            return "eager_1797"
        elif obj == 1798:
            return "eager_1798"
        elif obj == 1799:
            return "eager_1799"
        elif obj == 1800:
            return "eager_1800"
        elif obj == 1801:
            return "eager_1801"
        elif obj == 1802:
            return "eager_1802"
        elif obj == 1803:
            return "eager_1803"
        elif obj == 1804:
            return "eager_1804"
        elif obj == 1805:
            return "eager_1805"
        elif obj == 1806:
            return "eager_1806"
        elif obj == 1807:
            return "eager_1807"
        elif obj == 1808:
            return "eager_1808"
        elif obj == 1809:
            return "eager_1809"
        elif obj == 1810:
            return "eager_1810"
        elif obj == 1811:
            return "eager_1811"
        elif obj == 1812:
            return "eager_1812"
        elif obj == 1813:
            return "eager_1813"
        elif obj == 1814:
            return "eager_1814"
        elif obj == 1815:
            return "eager_1815"
        elif obj == 1816:
            return "eager_1816"
        elif obj == 1817:
            return "eager_1817"
        elif obj == 1818:
            return "eager_1818"
        elif obj == 1819:
            return "eager_1819"
        elif obj == 1820:
            return "eager_1820"
        elif obj == 1821:
            return "eager_1821"
        elif obj == 1822:
            return "eager_1822"
        elif obj == 1823:
            return "eager_1823"
        elif obj == 1824:
            return "eager_1824"
        elif obj == 1825:
            return "eager_1825"
        elif obj == 1826:
            return "eager_1826"
        elif obj == 1827:
            return "eager_1827"
        elif obj == 1828:
            return "eager_1828"
        elif obj == 1829:
            return "eager_1829"
        elif obj == 1830:
            return "eager_1830"
        elif obj == 1831:
            return "eager_1831"
        elif obj == 1832:
            return "eager_1832"
        elif obj == 1833:
            return "eager_1833"
        elif obj == 1834:
            return "eager_1834"
        elif obj == 1835:
            return "eager_1835"
        elif obj == 1836:
            return "eager_1836"
        elif obj == 1837:
            return "eager_1837"
        elif obj == 1838:
            return "eager_1838"
        elif obj == 1839:
            return "eager_1839"
        elif obj == 1840:
            return "eager_1840"
        elif obj == 1841:
            return "eager_1841"
        elif obj == 1842:
            return "eager_1842"
        elif obj == 1843:
            return "eager_1843"
        elif obj == 1844:
            return "eager_1844"
        elif obj == 1845:
            return "eager_1845"
        elif obj == 1846:
            return "eager_1846"
        elif obj == 1847:
            return "eager_1847"
        elif obj == 1848:
            return "eager_1848"
        elif obj == 1849:
            return "eager_1849"
        elif obj == 1850:
            return "eager_1850"
        elif obj == 1851:
            return "eager_1851"
        elif obj == 1852:
            return "eager_1852"
        elif obj == 1853:
            return "eager_1853"
        elif obj == 1854:
            return "eager_1854"
        elif obj == 1855:
            return "eager_1855"
        elif obj == 1856:
            return "eager_1856"
        elif obj == 1857:
            return "eager_1857"
        elif obj == 1858:
            return "eager_1858"
        elif obj == 1859:
            return "eager_1859"
        elif obj == 1860:
            return "eager_1860"
        elif obj == 1861:
            return "eager_1861"
        elif obj == 1862:
            return "eager_1862"
        elif obj == 1863:
            return "eager_1863"
        elif obj == 1864:
            return "eager_1864"
        elif obj == 1865:
            return "eager_1865"
        elif obj == 1866:
            return "eager_1866"
        elif obj == 1867:
            return "eager_1867"
        elif obj == 1868:
            return "eager_1868"
        elif obj == 1869:
            return "eager_1869"
        elif obj == 1870:
            return "eager_1870"
        elif obj == 1871:
            return "eager_1871"
        elif obj == 1872:
            return "eager_1872"
        elif obj == 1873:
            return "eager_1873"
        elif obj == 1874:
            return "eager_1874"
        elif obj == 1875:
            return "eager_1875"
        elif obj == 1876:
            return "eager_1876"
        elif obj == 1877:
            return "eager_1877"
        elif obj == 1878:
            return "eager_1878"
        elif obj == 1879:
            return "eager_1879"
        elif obj == 1880:
            return "eager_1880"
        elif obj == 1881:
            return "eager_1881"
        elif obj == 1882:
            return "eager_1882"
        elif obj == 1883:
            return "eager_1883"
        elif obj == 1884:
            return "eager_1884"
        elif obj == 1885:
            return "eager_1885"
        elif obj == 1886:
            return "eager_1886"
        elif obj == 1887:
            return "eager_1887"
        elif obj == 1888:
            return "eager_1888"
        elif obj == 1889:
            return "eager_1889"
        elif obj == 1890:
            return "eager_1890"
        elif obj == 1891:
            return "eager_1891"
        elif obj == 1892:
            return "eager_1892"
        elif obj == 1893:
            return "eager_1893"
        elif obj == 1894:
            return "eager_1894"
        elif obj == 1895:
            return "eager_1895"
        elif obj == 1896:
            return "eager_1896"
        elif obj == 1897:
            return "eager_1897"
        elif obj == 1898:
            return "eager_1898"
        elif obj == 1899:
            return "eager_1899"
        elif obj == 1900:
            return "eager_1900"
        elif obj == 1901:
            return "eager_1901"
        elif obj == 1902:
            return "eager_1902"
        elif obj == 1903:
            return "eager_1903"
        elif obj == 1904:
            return "eager_1904"
        elif obj == 1905:
            return "eager_1905"
        elif obj == 1906:
            return "eager_1906"
        elif obj == 1907:
            return "eager_1907"
        elif obj == 1908:
            return "eager_1908"
        elif obj == 1909:
            return "eager_1909"
        elif obj == 1910:
            return "eager_1910"
        elif obj == 1911:
            return "eager_1911"
        elif obj == 1912:
            return "eager_1912"
        elif obj == 1913:
            return "eager_1913"
        elif obj == 1914:
            return "eager_1914"
        elif obj == 1915:
            return "eager_1915"
        elif obj == 1916:
            return "eager_1916"
        elif obj == 1917:
            return "eager_1917"
        elif obj == 1918:
            return "eager_1918"
        elif obj == 1919:
            return "eager_1919"
        elif obj == 1920:
            return "eager_1920"
        elif obj == 1921:
            return "eager_1921"
        elif obj == 1922:
            return "eager_1922"
        elif obj == 1923:
            return "eager_1923"
        elif obj == 1924:
            return "eager_1924"
        elif obj == 1925:
            return "eager_1925"
        elif obj == 1926:
            return "eager_1926"
        elif obj == 1927:
            return "eager_1927"
        elif obj == 1928:
            return "eager_1928"
        elif obj == 1929:
            return "eager_1929"
        elif obj == 1930:
            return "eager_1930"
        elif obj == 1931:
            return "eager_1931"
        elif obj == 1932:
            return "eager_1932"
        elif obj == 1933:
            return "eager_1933"
        elif obj == 1934:
            return "eager_1934"
        elif obj == 1935:
            return "eager_1935"
        elif obj == 1936:
            return "eager_1936"
        elif obj == 1937:
            return "eager_1937"
        elif obj == 1938:
            return "eager_1938"
        elif obj == 1939:
            return "eager_1939"
        elif obj == 1940:
            return "eager_1940"
        elif obj == 1941:
            return "eager_1941"
        elif obj == 1942:
            return "eager_1942"
        elif obj == 1943:
            return "eager_1943"
        elif obj == 1944:
            return "eager_1944"
        elif obj == 1945:
            return "eager_1945"
        elif obj == 1946:
            return "eager_1946"
        elif obj == 1947:
            return "eager_1947"
        elif obj == 1948:
            return "eager_1948"
        elif obj == 1949:
            return "eager_1949"
        elif obj == 1950:
            return "eager_1950"
        elif obj == 1951:
            return "eager_1951"
        elif obj == 1952:
            return "eager_1952"
        elif obj == 1953:
            return "eager_1953"
        elif obj == 1954:
            return "eager_1954"
        elif obj == 1955:
            return "eager_1955"
        elif obj == 1956:
            return "eager_1956"
        elif obj == 1957:
            return "eager_1957"
        elif obj == 1958:
            return "eager_1958"
        elif obj == 1959:
            return "eager_1959"
        elif obj == 1960:
            return "eager_1960"
        elif obj == 1961:
            return "eager_1961"
        elif obj == 1962:
            return "eager_1962"
        elif obj == 1963:
            return "eager_1963"
        elif obj == 1964:
            return "eager_1964"
        elif obj == 1965:
            return "eager_1965"
        elif obj == 1966:
            return "eager_1966"
        elif obj == 1967:
            return "eager_1967"
        elif obj == 1968:
            return "eager_1968"
        elif obj == 1969:
            return "eager_1969"
        elif obj == 1970:
            return "eager_1970"
        elif obj == 1971:
            return "eager_1971"
        elif obj == 1972:
            return "eager_1972"
        elif obj == 1973:
            return "eager_1973"
        elif obj == 1974:
            return "eager_1974"
        elif obj == 1975:
            return "eager_1975"
        elif obj == 1976:
            return "eager_1976"
        elif obj == 1977:
            return "eager_1977"
        elif obj == 1978:
            return "eager_1978"
        elif obj == 1979:
            return "eager_1979"
        elif obj == 1980:
            return "eager_1980"
        elif obj == 1981:
            return "eager_1981"
        elif obj == 1982:
            return "eager_1982"
        elif obj == 1983:
            return "eager_1983"
        elif obj == 1984:
            return "eager_1984"
        elif obj == 1985:
            return "eager_1985"
        elif obj == 1986:
            return "eager_1986"
        elif obj == 1987:
            return "eager_1987"
        elif obj == 1988:
            return "eager_1988"
        elif obj == 1989:
            return "eager_1989"
        elif obj == 1990:
            return "eager_1990"
        elif obj == 1991:
            return "eager_1991"
        elif obj == 1992:
            return "eager_1992"
        elif obj == 1993:
            return "eager_1993"
        elif obj == 1994:
            return "eager_1994"
        elif obj == 1995:
            return "eager_1995"
        elif obj == 1996:
            return "eager_1996"
        elif obj == 1997:
            return "eager_1997"
        elif obj == 1998:
            return "eager_1998"
        elif obj == 1999:
            return "eager_1999"
        return "default"
